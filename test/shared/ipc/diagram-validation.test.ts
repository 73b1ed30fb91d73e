import { describe, expect, it } from 'vitest';
import { validateSaveDiagram } from '../../../shared/ipc/contract-validation.ts';

const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>';
const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('validateSaveDiagram', () => {
  it('accepts an SVG document (with or without an XML declaration) and a PNG in base64', () => {
    expect(validateSaveDiagram({ format: 'svg', content: svg, suggestedName: 'topology.svg' })).toBeNull();
    expect(validateSaveDiagram({ format: 'svg', content: `<?xml version="1.0"?>\n${svg}`, suggestedName: 'topology.svg' })).toBeNull();
    expect(validateSaveDiagram({ format: 'png', content: png, suggestedName: 'topology.png' })).toBeNull();
  });

  it('refuses content that is not what the format says', () => {
    expect(validateSaveDiagram({ format: 'svg', content: '<html><script>alert(1)</script>', suggestedName: 'x.svg' })).toMatch(/SVG/);
    expect(validateSaveDiagram({ format: 'png', content: 'TVqQAAMAAAAEAAAA', suggestedName: 'x.png' })).toMatch(/PNG/);
    expect(validateSaveDiagram({ format: 'png', content: `${png}<>`, suggestedName: 'x.png' })).toMatch(/PNG/);
    expect(validateSaveDiagram({ format: 'pdf', content: svg, suggestedName: 'x.pdf' })).toMatch(/format/);
    expect(validateSaveDiagram({ format: 'svg', content: '', suggestedName: 'x.svg' })).toMatch(/content/);
  });

  it('takes a plain file name only, and no extra fields', () => {
    expect(validateSaveDiagram({ format: 'svg', content: svg, suggestedName: '../../etc/x.svg' })).toMatch(/file name/);
    expect(validateSaveDiagram({ format: 'svg', content: svg, suggestedName: 'C:\\Windows\\x.svg' })).toMatch(/file name/);
    expect(validateSaveDiagram({ format: 'svg', content: svg, suggestedName: 'x.svg', path: '/tmp' })).toMatch(/only/);
    expect(validateSaveDiagram(null)).toMatch(/expected/);
  });
});
