import type { Outlet } from '../payload-types'

/** Demo outlets, of the kinds that cover a provincial congress; quotas per role. */
export const DEMO_OUTLETS: Omit<Outlet, 'id' | 'createdAt' | 'updatedAt'>[] = [
  {
    name: 'Báo Cà Mau',
    type: 'print',
    scope: 'provincial',
    active: true,
    quotas: { reporter: 4, photographer: 2, cameraOperator: 0, technician: 0 },
  },
  {
    name: 'Đài Phát thanh và Truyền hình Cà Mau',
    type: 'tv',
    scope: 'provincial',
    active: true,
    quotas: { reporter: 4, photographer: 1, cameraOperator: 4, technician: 3 },
  },
  {
    name: 'Thông tấn xã Việt Nam',
    type: 'news-agency',
    scope: 'national',
    active: true,
    quotas: { reporter: 2, photographer: 2, cameraOperator: 1, technician: 0 },
  },
  {
    name: 'Đài Truyền hình Việt Nam',
    type: 'tv',
    scope: 'national',
    active: true,
    quotas: { reporter: 2, photographer: 0, cameraOperator: 2, technician: 2 },
  },
  {
    name: 'Đài Tiếng nói Việt Nam',
    type: 'radio',
    scope: 'national',
    active: true,
    quotas: { reporter: 2, photographer: 1, cameraOperator: 0, technician: 1 },
  },
  {
    name: 'Báo Nhân Dân',
    type: 'print',
    scope: 'national',
    active: true,
    quotas: { reporter: 2, photographer: 1, cameraOperator: 1, technician: 0 },
  },
  {
    name: 'Cổng thông tin điện tử tỉnh Cà Mau',
    type: 'online',
    scope: 'provincial',
    active: true,
    quotas: { reporter: 2, photographer: 1, cameraOperator: 1, technician: 0 },
  },
]
