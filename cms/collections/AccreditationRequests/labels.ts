/** The application's labels live with the portal's other labels (cms/lib/labels.ts). */
export { label, reasonLabels, roleLabels, statusLabels } from '~/cms/lib/labels'
