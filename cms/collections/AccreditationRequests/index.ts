import type { CollectionConfig } from 'payload'

import { staffOrOwnRequest, staffOrSubmittingApplicant } from '~/cms/access/applicant'
import { isAdmin } from '~/cms/access/isAdmin'
import { answerNotFoundWhenRefused } from '~/cms/hooks/answerNotFoundWhenRefused'
import { logStaffRead } from '~/cms/hooks/logStaffAccess'
import { eventField } from '~/cms/fields/event'
import { requestFields } from './fields'
import { enforceStatusRules } from './hooks/enforceStatusRules'
import { issuePassOnApproval } from './hooks/issuePassOnApproval'
import { notifyApplicant } from './hooks/notifyApplicant'
import { openPressAccount } from './hooks/openPressAccount'
import { prepareNewRequest } from './hooks/prepareNewRequest'
import { keepTitle } from './hooks/keepTitle'
import { recordAudit } from './hooks/recordAudit'
import { vettingExport, vettingImport } from './vetting'
import { toolEndpoints } from './toolEndpoints'
import { promoteEndpoint } from './waitingListEndpoint'

/**
 * Journalists' applications for accreditation. Personal data: only accreditation officers and
 * admins see them in the admin (editors and check-in staff do not); an applicant reaches only
 * their own request, through the site and its secret status link.
 */
export const AccreditationRequests: CollectionConfig<'accreditation-requests'> = {
  slug: 'accreditation-requests',
  labels: {
    singular: { vi: 'Hồ sơ đăng ký', en: 'Accreditation request' },
    plural: { vi: 'Hồ sơ đăng ký tác nghiệp', en: 'Accreditation requests' },
  },
  access: {
    read: staffOrOwnRequest,
    create: staffOrSubmittingApplicant,
    update: staffOrOwnRequest,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['referenceCode', 'fullName', 'outletLabel', 'role', 'status', 'createdAt'],
    listSearchableFields: ['fullName', 'referenceCode', 'email'],
    group: { vi: 'Cấp thẻ tác nghiệp', en: 'Accreditation' },
    pagination: { defaultLimit: 50 },
    components: { beforeListTable: ['/components/VettingTools#VettingTools'] },
  },
  defaultSort: '-createdAt',
  fields: [
    eventField(),
    // The officer's tools (re-send the status or set-password link) and the admin's (export, erase).
    {
      name: 'applicationTools',
      type: 'ui',
      admin: { components: { Field: '/components/ApplicationTools#ApplicationTools' } },
    },
    ...requestFields,
  ],
  hooks: {
    beforeChange: [prepareNewRequest, enforceStatusRules, keepTitle],
    // In this order: notifyApplicant reads the press account openPressAccount opened (req.context.pressAccount).
    afterChange: [recordAudit, issuePassOnApproval, openPressAccount, notifyApplicant],
    afterRead: [logStaffRead('opened-application')],
    afterError: [answerNotFoundWhenRefused],
  },
  endpoints: [vettingExport, vettingImport, promoteEndpoint, ...toolEndpoints],
}
