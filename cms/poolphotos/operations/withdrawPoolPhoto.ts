import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { mayWithdrawPoolPhoto } from '~/cms/lib/poolPhotos/poolPhotoRules'
import { canEditContent } from '~/cms/lib/roles'
import { refusePoolPhoto } from '../refusals'

/**
 * A pool photo taken back: by its photographer before an editor released it, or by an editor at
 * any time (a released photo's public copy stays in its gallery, where editors manage it). The
 * row goes, and Payload removes its original and previews from the disk.
 */
export async function withdrawPoolPhoto(
  req: PayloadRequest,
  input: { id: number | string },
): Promise<{ id: number | string }> {
  const photo = await req.payload
    .findByID({ collection: 'pool-photos', id: input.id, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  const isEditor = canEditContent(req.user)
  const isUploader =
    req.user?.collection === 'journalists' &&
    photo?.journalist != null &&
    String(extractID(photo.journalist)) === String(req.user.id)
  // Someone who could not withdraw it learns nothing about whether it exists.
  if (!photo || (!isEditor && !isUploader)) refusePoolPhoto(req, 'no-such-photo')
  if (!mayWithdrawPoolPhoto({ isEditor, isUploader, released: Boolean(photo.released) }))
    refusePoolPhoto(req, 'may-not-withdraw')
  await req.payload.delete({ collection: 'pool-photos', id: photo.id, overrideAccess: true, req })
  return { id: photo.id }
}
