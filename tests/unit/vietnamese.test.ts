import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { foldVietnamese, slugify } from '~/cms/lib/vietnamese'

describe('Vietnamese folding', () => {
  it('removes tone marks and hats, and folds đ/Đ to d', () => {
    assert.equal(foldVietnamese('Đại hội Đảng bộ tỉnh Cà Mau'), 'Dai hoi Dang bo tinh Ca Mau')
    assert.equal(foldVietnamese('nhiệm kỳ 2025–2030'), 'nhiem ky 2025–2030')
    assert.equal(foldVietnamese('Ưu tiên, ơn, ữ, ặ'), 'Uu tien, on, u, a')
  })

  it('treats composed and decomposed input the same', () => {
    assert.equal(foldVietnamese('Hội'.normalize('NFD')), foldVietnamese('Hội'.normalize('NFC')))
  })
})

describe('slugs', () => {
  it('makes a readable ASCII slug from a Vietnamese title', () => {
    assert.equal(
      slugify('Họp báo trước Đại hội: 450 đại biểu, 68 đoàn!'),
      'hop-bao-truoc-dai-hoi-450-dai-bieu-68-doan',
    )
  })

  it('never leaves leading, trailing or doubled hyphens', () => {
    assert.equal(slugify('  --Xin chào -- thế giới--  '), 'xin-chao-the-gioi')
    assert.equal(slugify('!!!'), '')
  })

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Đại hội '.repeat(30), 40)
    assert.ok(slug.length <= 40)
    assert.ok(!slug.endsWith('-'))
    assert.match(slug, /^(dai-hoi-?)+$/)
  })
})
