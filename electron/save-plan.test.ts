import { describe, expect, it } from 'vitest';
import { planSaveDialog } from './save-plan';

describe('save dialog asked for by the page', () => {
  it('saves a register by default, adding the .sqlite extension', () => {
    expect(planSaveDialog({ defaultName: 'Team register' })).toMatchObject({
      title: 'New Register',
      fileName: 'Team register.sqlite',
    });
    expect(planSaveDialog({})).toMatchObject({ fileName: 'Register.sqlite' });
    expect(planSaveDialog(undefined).filters[0]).toEqual({
      name: 'RoPA register',
      extensions: ['sqlite', 'ropa', 'db'],
    });
  });

  it('offers the export type the proposed name carries', () => {
    expect(planSaveDialog({ defaultName: 'Register 2026.pdf' })).toMatchObject({
      title: 'Export',
      fileName: 'Register 2026.pdf',
      filters: [
        { name: 'PDF report', extensions: ['pdf'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
    expect(planSaveDialog({ defaultName: 'activities.XLSX' }).filters[0]?.extensions).toEqual(['xlsx']);
  });

  it("offers every notice format as itself, never as a register (no '.sqlite' added to a notice)", () => {
    for (const ext of ['html', 'md', 'docx']) {
      const plan = planSaveDialog({ defaultName: `sample privacy notice website nl.${ext}` });
      expect(plan.fileName).toBe(`sample privacy notice website nl.${ext}`);
      expect(plan.filters[0]?.extensions).toEqual([ext]);
    }
  });

  it('keeps a proposed name from choosing the folder', () => {
    expect(planSaveDialog({ defaultName: '../../etc/cron.d/job' }).fileName).toBe('job.sqlite');
    expect(planSaveDialog({ defaultName: '/home/other/secret.csv' }).fileName).toBe('secret.csv');
  });

  it('ignores what is not a name', () => {
    expect(planSaveDialog({ defaultName: 42 }).fileName).toBe('Register.sqlite');
    expect(planSaveDialog({ defaultName: 'x'.repeat(300) }).fileName).toBe('Register.sqlite');
    expect(planSaveDialog('report.pdf').fileName).toBe('Register.sqlite');
  });
});
