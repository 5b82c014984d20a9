import { isAccreditationStaffField } from '~/cms/access/isAccreditationStaff'

/** Decisions and vetting: written by accreditation staff only. */
export const staffOnly = { create: isAccreditationStaffField, update: isAccreditationStaffField }
export const nobody = () => false
/** Kept by hooks only: hidden from everyone in the admin and the API. */
export const internal = { read: isAccreditationStaffField, create: nobody, update: nobody }
