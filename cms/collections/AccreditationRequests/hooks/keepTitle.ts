import type { CollectionBeforeChangeHook } from 'payload'

import { applicationTitle } from '~/cms/lib/titles'
import type { AccreditationRequest } from '~/cms/payload-types'

/** The request's title (reference · name), after its reference is given, on every write. */
export const keepTitle: CollectionBeforeChangeHook<AccreditationRequest> = ({
  data,
  originalDoc,
}) => ({
  ...data,
  title: applicationTitle({
    referenceCode: data.referenceCode ?? originalDoc?.referenceCode,
    fullName: data.fullName ?? originalDoc?.fullName,
  }),
})
