import type { PayloadRequest } from 'payload'

import { parseNomineesCsv } from '~/cms/lib/nominations/nominationRules'
import type { Nomination } from '~/cms/payload-types'
import { refuseNomination } from '../refuse'
import { nominate, type NominateInput } from './nominate'

/**
 * An outlet's list from a spreadsheet (name, role, e-mail per line): read by the one CSV rule
 * (parseNomineesCsv), all or nothing, then nominated exactly as typed names are.
 */
export async function importNomineesCsv(
  req: PayloadRequest,
  input: Omit<NominateInput, 'nominees'> & { csv: string },
): Promise<Nomination> {
  const parsed = parseNomineesCsv(input.csv)
  if (!parsed.ok)
    refuseNomination(
      req,
      'bad-csv',
      400,
      parsed.problems.map((p) => `#${p.line} ${p.problem}`).join(', '),
    )
  return nominate(req, { ...input, nominees: parsed.nominees })
}
