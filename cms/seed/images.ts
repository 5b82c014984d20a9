import sharp from 'sharp'

/**
 * Demo lead images, drawn at seed time so no binary files live in git and no network is needed.
 * Abstract shapes only: SVG text would depend on fonts the host may not have.
 */

const WIDTH = 1600
const HEIGHT = 900
const RED = '#b91c1c'
const DARK_RED = '#7f1d1d'
const GOLD = '#eab308'
const LIGHT_GOLD = '#fde68a'

const f = (n: number) => n.toFixed(1)

/** Deterministic pseudo-random numbers, so every seed draws the same pictures. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296
    return state / 4294967296
  }
}

function star(cx: number, cy: number, outer: number, fill: string): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? outer : outer * 0.382
    const angle = -Math.PI / 2 + (i * Math.PI) / 5
    return `${f(cx + radius * Math.cos(angle))},${f(cy + radius * Math.sin(angle))}`
  })
  return `<polygon points="${points.join(' ')}" fill="${fill}"/>`
}

function lotus(): string {
  const petal = (angle: number, height: number, width: number, fill: string) =>
    `<path d="M0,0 C${width},-${height * 0.35} ${width * 0.6},-${height * 0.85} 0,-${height} ` +
    `C-${width * 0.6},-${height * 0.85} -${width},-${height * 0.35} 0,0 Z" fill="${fill}" ` +
    `transform="translate(800 660) rotate(${angle})"/>`
  const outer = [-64, -32, 32, 64].map((a) => petal(a, 330, 120, GOLD)).join('')
  const inner =
    [-18, 18].map((a) => petal(a, 380, 110, LIGHT_GOLD)).join('') + petal(0, 420, 120, GOLD)
  const water = [0, 1, 2]
    .map(
      (i) =>
        `<ellipse cx="800" cy="${700 + i * 40}" rx="${420 - i * 90}" ry="14" fill="${LIGHT_GOLD}" opacity="${0.5 - i * 0.12}"/>`,
    )
    .join('')
  return outer + inner + water
}

function starBurst(): string {
  const rays = Array.from({ length: 24 }, (_, i) => {
    const angle = (i * 360) / 24
    return `<polygon points="800,450 1900,430 1900,470" fill="${GOLD}" opacity="0.16" transform="rotate(${angle} 800 450)"/>`
  }).join('')
  return `${rays}<circle cx="800" cy="450" r="250" fill="${DARK_RED}" opacity="0.55"/>${star(800, 462, 220, GOLD)}`
}

/** 450 dots on the arcs of a semicircular hall: one per delegate. */
function hall(): string {
  const rows = [60, 66, 72, 78, 84, 90]
  let remaining = 450
  const dots: string[] = []
  rows.forEach((seats, row) => {
    const count = row === rows.length - 1 ? remaining : seats
    remaining -= count
    const radius = 260 + row * 95
    for (let i = 0; i < count; i++) {
      const angle = Math.PI + (Math.PI * (i + 0.5)) / count
      dots.push(
        `<circle cx="${f(800 + radius * Math.cos(angle))}" cy="${f(820 + radius * Math.sin(angle))}" r="11"/>`,
      )
    }
  })
  const podium = `<rect x="680" y="760" width="240" height="90" rx="10" fill="${LIGHT_GOLD}"/>`
  return `<g fill="${GOLD}">${dots.join('')}</g>${podium}${star(800, 700, 40, GOLD)}`
}

/** Connected nodes: documents, check-in and voting running on one network. */
function network(): string {
  const next = random(2025)
  const nodes = Array.from({ length: 34 }, () => ({
    x: 120 + next() * 1360,
    y: 100 + next() * 700,
  }))
  const lines = nodes.flatMap((a, i) =>
    nodes
      .slice(i + 1)
      .filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < 300)
      .map((b) => `<line x1="${f(a.x)}" y1="${f(a.y)}" x2="${f(b.x)}" y2="${f(b.y)}"/>`),
  )
  const circles = nodes.map(
    (n, i) => `<circle cx="${f(n.x)}" cy="${f(n.y)}" r="${i % 5 === 0 ? 22 : 12}"/>`,
  )
  return `<g stroke="${LIGHT_GOLD}" stroke-width="3" opacity="0.6">${lines.join('')}</g><g fill="${GOLD}">${circles.join('')}</g>`
}

/** A camera lens: the press centre. */
function lens(): string {
  const rings = [320, 250, 190, 130, 70]
    .map(
      (r, i) =>
        `<circle cx="800" cy="450" r="${r}" fill="${i % 2 === 0 ? DARK_RED : RED}" stroke="${GOLD}" stroke-width="${i === 0 ? 18 : 6}"/>`,
    )
    .join('')
  const blades = Array.from(
    { length: 6 },
    (_, i) =>
      `<path d="M800,450 L930,380 L930,420 Z" fill="${GOLD}" opacity="0.5" transform="rotate(${i * 60} 800 450)"/>`,
  ).join('')
  const body = `<rect x="340" y="190" width="920" height="520" rx="60" fill="none" stroke="${LIGHT_GOLD}" stroke-width="8" opacity="0.5"/>`
  return `${body}${rings}${blades}<circle cx="740" cy="390" r="26" fill="${LIGHT_GOLD}" opacity="0.8"/>`
}

/** Sun over the sea and the rivers of the delta. */
function waves(): string {
  const wave = (y: number, amplitude: number, opacity: number) => {
    let d = `M0,${y}`
    for (let x = 0; x <= WIDTH; x += 100)
      d += ` Q${x + 50},${y + (x % 200 === 0 ? -amplitude : amplitude)} ${x + 100},${y}`
    return `<path d="${d} L${WIDTH},${HEIGHT} L0,${HEIGHT} Z" fill="${GOLD}" opacity="${opacity}"/>`
  }
  return `<circle cx="1180" cy="330" r="170" fill="${GOLD}"/>${wave(560, 30, 0.25)}${wave(650, 24, 0.35)}${wave(740, 18, 0.5)}`
}

export const DEMO_IMAGES = [
  {
    key: 'lotus',
    draw: lotus,
    alt: {
      vi: 'Hình minh họa: hoa sen cách điệu màu vàng trên nền đỏ',
      en: 'Illustration: a stylised gold lotus on a red background',
    },
  },
  {
    key: 'star',
    draw: starBurst,
    alt: {
      vi: 'Hình minh họa: ngôi sao vàng tỏa sáng trên nền đỏ',
      en: 'Illustration: a gold star with rays on a red background',
    },
  },
  {
    key: 'hall',
    draw: hall,
    alt: {
      vi: 'Hình minh họa: 450 chấm vàng xếp thành các hàng ghế hội trường',
      en: 'Illustration: 450 gold dots arranged as the rows of a congress hall',
    },
  },
  {
    key: 'network',
    draw: network,
    alt: {
      vi: 'Hình minh họa: mạng lưới các điểm nối với nhau',
      en: 'Illustration: a network of connected points',
    },
  },
  {
    key: 'lens',
    draw: lens,
    alt: {
      vi: 'Hình minh họa: ống kính máy ảnh cách điệu',
      en: 'Illustration: a stylised camera lens',
    },
  },
  {
    key: 'waves',
    draw: waves,
    alt: {
      vi: 'Hình minh họa: mặt trời trên những lớp sóng',
      en: 'Illustration: a sun above layers of waves',
    },
  },
] as const

export type DemoImageKey = (typeof DEMO_IMAGES)[number]['key']

export const DEMO_IMAGE_CREDIT = 'Minh họa mẫu (demo)'

/** Renders one demo picture as a 1600×900 JPEG. */
export async function renderDemoImage(draw: () => string): Promise<Buffer> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">` +
    `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${RED}"/>` +
    `<stop offset="1" stop-color="${DARK_RED}"/></linearGradient>` +
    `<radialGradient id="glow" cx="0.5" cy="0.45" r="0.6"><stop offset="0" stop-color="${LIGHT_GOLD}" stop-opacity="0.18"/>` +
    `<stop offset="1" stop-color="${LIGHT_GOLD}" stop-opacity="0"/></radialGradient></defs>` +
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#bg)"/><rect width="${WIDTH}" height="${HEIGHT}" fill="url(#glow)"/>` +
    `${draw()}</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 85, mozjpeg: true }).toBuffer()
}
