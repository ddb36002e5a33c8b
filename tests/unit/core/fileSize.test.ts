import { describe, expect, it } from 'vitest'
import { formatFileSize } from '@shared/domain/fileSize'

describe('file sizes as the settings page shows them', () => {
  it('uses bytes below 1 kB, then one decimal with a comma', () => {
    expect(formatFileSize(512)).toBe('512 B')
    expect(formatFileSize(1536)).toBe('1,5 kB')
    expect(formatFileSize(2411724)).toBe('2,3 MB')
  })
})
