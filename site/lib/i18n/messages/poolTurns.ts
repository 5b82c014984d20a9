/** Texts of the journalist's pool turns (the press area and the phone pass page). */
const vi = {
  'pool.turns': 'Lượt nhóm đại diện của bạn',
  'pool.turns.none': 'Bạn chưa có lượt nào trong nhóm phóng viên đại diện.',
  'pool.turns.intro':
    'Các phiên chỉ dành cho nhóm phóng viên đại diện mà bạn được chọn vào. Tại cửa, chỉ thành viên nhóm được vào.',
  'pool.turns.time': 'Thời gian',
  'pool.turns.venue': 'Địa điểm',
  'pool.turns.role': 'Vai trò',
  'pool.turns.pass': 'Thẻ',
}

const en: Record<keyof typeof vi, string> = {
  'pool.turns': 'Your pool turns',
  'pool.turns.none': 'You have no press pool turn yet.',
  'pool.turns.intro':
    'The pool-only sessions you are named for. At the door only pool members are admitted.',
  'pool.turns.time': 'Time',
  'pool.turns.venue': 'Venue',
  'pool.turns.role': 'Role',
  'pool.turns.pass': 'Pass',
}

export const poolTurns = { vi, en }
