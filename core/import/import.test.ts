// Spreadsheets built here in each layout (APD in Dutch as Belgian Excel saves it, the ICO template
// with title rows, the CNIL registre, a layout of one's own with a mapping), imported into real
// registers and read back field by field.
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Activity, Recipient, Term } from '../api/contract';
import type { CoreContext } from '../context';
import { must } from '../dispatcher';
import { listHistory } from '../history';
import { tempDir, tempRegister } from '../test-helpers';
import { applyImport, becameWords, doubtWords, planImport, readSource, rowErrors, type PlanOptions } from './index';

function terms(ctx: CoreContext): Map<string, Term> {
  return new Map(must(ctx, 'listTerms', {}).map((t) => [t.id, t]));
}
function recipients(ctx: CoreContext): Map<string, Recipient> {
  return new Map(must(ctx, 'listRecipients', {}).map((r) => [r.id, r]));
}
function byName(ctx: CoreContext, name: string): Activity {
  const summary = must(ctx, 'listActivities', {}).find((a) => a.name === name);
  expect(summary, `activity ${name}`).toBeDefined();
  return must(ctx, 'getActivity', { id: summary!.id });
}
const codes = (ctx: CoreContext, ids: string[]) => ids.map((id) => terms(ctx).get(id)!.code);

async function importFile(ctx: CoreContext, file: string, o: PlanOptions = {}) {
  const book = await readSource(file, o.sheet);
  const prepared = planImport(ctx, book, path.basename(file), o);
  expect(rowErrors(prepared)).toBeNull();
  return { prepared, result: applyImport(ctx, prepared) };
}

async function writeXlsx(file: string, build: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  await wb.xlsx.writeFile(file);
}

describe('APD model in Dutch, saved by Belgian Excel (; and Windows-1252)', () => {
  it('reads every column into the activity, the purposes paired with their bases, scoped retention', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'register GBA.csv');
    const rows = [
      [
        'Referentie',
        'Verwerkingsactiviteit',
        'Dienst',
        'Doeleinden van de verwerking',
        'Rechtsgrond',
        'Gerechtvaardigd belang',
        'Categorieën van betrokkenen',
        'Categorieën van persoonsgegevens',
        'Bron van de gegevens',
        'Categorieën van ontvangers',
        'Doorgiften naar derde landen of internationale organisaties',
        'Passende waarborgen',
        'Bewaartermijn',
        'Technische en organisatorische beveiligingsmaatregelen',
        'Opmerkingen',
      ],
      [
        'P-01',
        'Personeelsadministratie',
        'HR',
        'Loonadministratie\nPersoneelsbeheer',
        'wettelijke verplichting; precontractuele maatregelen',
        '',
        'Werknemers; Sollicitanten',
        'Identificatiegegevens\nBankrekeninggegevens\nFinanciële gegevens',
        'De betrokkene zelf',
        'Sociaal secretariaat (verwerker); FOD Financiën',
        'Verenigde Staten; Frankrijk',
        'modelcontractbepalingen',
        '5 jaar na uitdiensttreding',
        'Toegangsbeheer op basis van rollen; Versleuteling van opgeslagen gegevens',
        'Jaarlijks nakijken',
      ],
      [
        'P-02',
        'Website',
        'Marketing',
        'beveiliging; goede werking; analyse; retargeting',
        'gerechtvaardigd belang (beveiliging, goede werking); toestemming (analyse, retargeting)',
        'Een veilige website',
        'Websitebezoekers',
        'IP-adres; Cookie-identificatoren',
        '',
        'Google Ireland – verwerker',
        '',
        '',
        'Gebruikers van onze diensten: 10 jaar; Niet-gebruikers van onze diensten: 2 jaar',
        'Versleuteling tijdens transport (TLS)',
        '',
      ],
    ];
    const text = stringify(rows, { delimiter: ';', record_delimiter: 'windows' });
    fs.writeFileSync(file, Buffer.from(new TextEncoder().encode('')), { flag: 'w' });
    // Windows-1252: one byte per accented letter, as Excel's "CSV (;)" writes it.
    fs.writeFileSync(file, Buffer.from([...text].map((ch) => (ch === '–' ? 0x96 : ch.charCodeAt(0)))));
    expect(fs.readFileSync(file).includes(0xeb)).toBe(true); // ë of Categorieën as one byte

    const ctx = tempRegister();
    const { prepared, result } = await importFile(ctx, file);
    expect(prepared.report).toMatchObject({ encoding: 'windows-1252', delimiter: ';', profile: 'apd', headerRow: 1 });
    expect(prepared.report.profileLanguage).toBe('nl');
    expect(result).toMatchObject({ created: 2, updated: 0, newOrganisation: true });

    const hr = byName(ctx, 'Personeelsadministratie');
    expect(hr).toMatchObject({
      reference: 'P-01',
      department: 'HR',
      // A row's bases without pairs go to each of its purposes; the activity shows them in Art. 6(1) order.
      purposes: [
        { text: 'Loonadministratie', legalBases: ['legal_obligation', 'contract'] },
        { text: 'Personeelsbeheer', legalBases: ['legal_obligation', 'contract'] },
      ],
      legalBases: ['contract', 'legal_obligation'],
      sources: ['De betrokkene zelf'],
      notes: 'Jaarlijks nakijken',
      status: 'draft',
      role: 'controller',
    });
    expect(codes(ctx, hr.dataSubjectIds)).toEqual(['employee', 'job_applicant']);
    const cats = codes(ctx, hr.dataCategoryIds);
    expect(cats.slice(0, 2)).toEqual(['identification', 'user.financial.bank_account']);
    expect(cats[2]).toBe('imported.financiele_gegevens');
    const proposed = [...terms(ctx).values()].find((t) => t.code === 'imported.financiele_gegevens')!;
    expect(proposed).toMatchObject({
      labelNl: 'Financiële gegevens',
      labelEn: 'Financiële gegevens',
      kind: 'data_category',
    });
    expect(codes(ctx, hr.securityMeasureIds)).toEqual(['access_control', 'encryption_at_rest']);
    const recs = recipients(ctx);
    expect(hr.recipientIds.map((id) => [recs.get(id)!.name, recs.get(id)!.kind])).toEqual([
      ['Sociaal secretariaat', 'processor'],
      ['FOD Financiën', 'authority'],
    ]);
    // France is in the EEA: no transfer.
    expect(hr.transfers.map((t) => [t.country, t.safeguard])).toEqual([['US', 'standard_contractual_clauses']]);
    expect(hr.retention).toMatchObject([
      { durationValue: 5, durationUnit: 'years', trigger: 'na uitdiensttreding', criterion: '', dataSubjectId: null },
    ]);

    const web = byName(ctx, 'Website');
    // Each purpose keeps the basis the sheet's basis cell paired with it; the interest goes where (f) applies.
    expect(web.purposes.map((p) => [p.text, p.legalBases, p.legitimateInterest])).toEqual([
      ['beveiliging', ['legitimate_interests'], 'Een veilige website'],
      ['goede werking', ['legitimate_interests'], 'Een veilige website'],
      ['analyse', ['consent'], ''],
      ['retargeting', ['consent'], ''],
    ]);
    expect(web.legalBases).toEqual(['consent', 'legitimate_interests']);
    const websiteRow = prepared.report.rows.find((r) => r.name === 'Website')!;
    const basisCell = websiteRow.cells.find((c) => c.field === 'legalBases')!;
    expect(basisCell.became).toContainEqual({
      kind: 'purposeBases',
      purpose: 'beveiliging',
      bases: ['legitimate_interests'],
      added: false,
    });
    expect(basisCell.became.map(becameWords)).toContain('purpose "retargeting": consent');
    expect(codes(ctx, web.dataCategoryIds)).toEqual(['user.device.ip_address', 'user.device.cookie_id']);
    expect(web.recipientIds.map((id) => [recs.get(id)!.name, recs.get(id)!.kind])).toEqual([
      ['Google Ireland', 'processor'],
    ]);
    expect(web.retention.map((r) => [r.durationValue, r.durationUnit, codes(ctx, [r.dataSubjectId!])[0]])).toEqual([
      [10, 'years', 'service_user'],
      [2, 'years', 'non_user'],
    ]);
    expect(codes(ctx, web.securityMeasureIds)).toEqual(['encryption_in_transit']);

    // One history entry per entity created, naming the author and the sheet.
    // (The register's default vocabulary is recorded by its creator before the import.)
    const history = listHistory(ctx, { limit: 1000 }).filter((h) => h.author !== 'tester');
    expect(new Set(history.map((h) => h.author))).toEqual(new Set(['tester (import of register GBA.csv)']));
    expect(history.filter((h) => h.entity === 'activity')).toHaveLength(2);
    expect(history.filter((h) => h.entity === 'recipient')).toHaveLength(3);
    expect(history.filter((h) => h.entity === 'term')).toHaveLength(1);
    expect(history.filter((h) => h.entity === 'organisation')).toHaveLength(1);
  });
});

describe('ICO controller template (xlsx, title rows above the header)', () => {
  it('finds the header below the titles, names rows by purpose and reads every template column', async () => {
    const file = path.join(tempDir(), 'ico.xlsx');
    const header = [
      'Business function',
      'Purpose of processing',
      'Name and contact details of joint controller (if applicable)',
      'Categories of individuals',
      'Categories of personal data',
      'Categories of recipients',
      'Link to contract with processor',
      'Names of third countries or international organisations that personal data are transferred to (if applicable)',
      'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)',
      'Retention schedule (if possible)',
      'General description of technical and organisational security measures (if possible)',
      'Article 6 lawful basis for processing personal data',
      'Article 9 condition for processing special category data',
      'Legitimate interests for the processing (if applicable)',
      'Link to record of legitimate interests assessment (if applicable)',
      'The source of the personal data (if applicable)',
      'Data Protection Impact Assessment required?',
      'Link to Data Protection Impact Assessment',
      'Existence of automated decision-making, including profiling (if applicable)',
    ];
    await writeXlsx(file, (wb) => {
      const ws = wb.addWorksheet('Controller');
      ws.addRow(['Record of processing activities — Acme Ltd']);
      ws.mergeCells('A1:F1');
      ws.addRow(['Please complete one row per purpose. Version 2.1']);
      ws.addRow([]);
      ws.addRow(header);
      ws.addRow([
        'Human Resources',
        'Payroll',
        'Acme Holdings, hr@acme.example',
        'Employees',
        'Bank account number\nName\nHealth data',
        'Payroll Services Ltd (processor)\nHMRC',
        'https://contracts.example/payroll',
        'India',
        'Standard contractual clauses',
        '6 years after end of employment',
        'Role-based access control\nMulti-factor authentication\nPayroll files kept in a locked cabinet',
        'Article 6(1)(b) contract; Article 6(1)(c) legal obligation',
        'Article 9(2)(b) employment and social security',
        '',
        'https://lia.example/1',
        'The employee',
        'Yes',
        'https://dpia.example/payroll',
        'No',
      ]);
      ws.addRow([
        'Marketing',
        'Newsletter',
        '',
        'Newsletter subscribers',
        'Email address',
        'Mailchimp (processor)',
        '',
        'USA',
        'Data Privacy Framework (adequacy)',
        'until consent is withdrawn',
        '',
        'consent',
        'N/A',
        '',
        '',
        '',
        'No',
        '',
        'Profiling of opening rates to choose send times',
      ]);
      // The second row's retention is a formula: its cached result is what the register gets.
      ws.getCell('J6').value = { formula: 'LOWER("UNTIL CONSENT IS WITHDRAWN")', result: 'until consent is withdrawn' };
      const hidden = wb.addWorksheet('Lists');
      hidden.state = 'hidden';
      hidden.addRow(header);
      hidden.addRow(['Hidden', 'Should not be imported']);
    });
    const ctx = tempRegister();
    const { prepared } = await importFile(ctx, file);
    expect(prepared.report).toMatchObject({
      profile: 'ico',
      headerRow: 4,
      sheet: 'Controller',
      sheets: ['Controller'],
    });
    expect(
      must(ctx, 'listActivities', {})
        .map((a) => a.name)
        .sort(),
    ).toEqual(['Newsletter', 'Payroll']);

    const payroll = byName(ctx, 'Payroll');
    expect(payroll).toMatchObject({
      department: 'Human Resources',
      purposes: [{ text: 'Payroll', legalBases: ['contract', 'legal_obligation'] }],
      legalBases: ['contract', 'legal_obligation'],
      art9Conditions: ['employment_social_security'],
      sources: ['The employee'],
      dpia: 'needed',
      dpiaLink: 'https://dpia.example/payroll',
      automatedDecision: false,
      securityDescription: 'Payroll files kept in a locked cabinet',
    });
    expect(codes(ctx, payroll.dataSubjectIds)).toEqual(['employee']);
    expect(codes(ctx, payroll.dataCategoryIds)).toEqual([
      'user.financial.bank_account',
      'user.name',
      'user.health_and_medical',
    ]);
    expect(codes(ctx, payroll.securityMeasureIds)).toEqual(['access_control', 'multi_factor_authentication']);
    const recs = recipients(ctx);
    expect(payroll.recipientIds.map((id) => [recs.get(id)!.name, recs.get(id)!.kind, recs.get(id)!.dpaLink])).toEqual([
      ['Acme Holdings, hr@acme.example', 'joint_controller', ''],
      ['Payroll Services Ltd', 'processor', 'https://contracts.example/payroll'],
      ['HMRC', 'third_party', ''],
    ]);
    expect(payroll.transfers).toMatchObject([{ country: 'IN', safeguard: 'standard_contractual_clauses' }]);
    expect(payroll.retention).toMatchObject([
      { durationValue: 6, durationUnit: 'years', trigger: 'after end of employment', criterion: '' },
    ]);
    const payrollRow = prepared.report.rows.find((r) => r.name === 'Payroll')!;
    expect(payrollRow.cells.find((c) => c.field === 'ignore')?.dropped).toEqual([
      { kind: 'unread', text: 'https://lia.example/1' },
    ]);
    expect(payrollRow.cells.find((c) => c.field === 'recipients')?.uncertain.map(doubtWords)).toEqual([
      'HMRC: kind not stated, taken as third_party',
    ]);

    const news = byName(ctx, 'Newsletter');
    expect(news).toMatchObject({
      department: 'Marketing',
      legalBases: ['consent'],
      art9Conditions: [],
      dpia: 'not_needed',
      automatedDecision: true,
      automatedDecisionDetails: 'Profiling of opening rates to choose send times',
    });
    expect(news.transfers).toMatchObject([{ country: 'US', safeguard: 'adequacy_decision' }]);
    expect(news.retention).toMatchObject([
      { durationValue: null, durationUnit: null, criterion: 'until consent is withdrawn' },
    ]);
  });

  it('reads a hidden sheet when it is named, and fills merged cells from their first cell', async () => {
    const file = path.join(tempDir(), 'merged.xlsx');
    await writeXlsx(file, (wb) => {
      wb.addWorksheet('Cover').addRow(['nothing here']);
      const ws = wb.addWorksheet('Hidden register');
      ws.state = 'hidden';
      ws.addRow(['Business function', 'Purpose of processing', 'Categories of individuals']);
      ws.addRow(['Finance', 'Invoicing', 'Customers']);
      ws.addRow(['', 'Debt collection', 'Customers']);
      ws.mergeCells('A2:A3');
    });
    const ctx = tempRegister();
    await expect(importFile(ctx, file)).rejects.toThrow(/no header row recognised/);
    await importFile(ctx, file, { sheet: 'Hidden register' });
    expect(byName(ctx, 'Debt collection').department).toBe('Finance');
    expect(byName(ctx, 'Invoicing').department).toBe('Finance');
  });
});

describe('CNIL registre (French)', () => {
  it('reads the registre columns, French retention and transfer words', async () => {
    const file = path.join(tempDir(), 'registre.xlsx');
    await writeXlsx(file, (wb) => {
      const ws = wb.addWorksheet('Registre');
      ws.addRow([
        'N° / Réf',
        'Nom du traitement',
        'Date de création de la fiche',
        'Finalité principale',
        'Sous-finalités',
        'Base légale',
        'Catégories de personnes concernées',
        'Catégories de données personnelles concernées',
        'Données sensibles',
        'Durées de conservation',
        'Destinataires',
        'Transferts hors UE',
        'Garanties encadrant les transferts',
        'Mesures de sécurité',
      ]);
      ws.addRow([
        'T-07',
        'Gestion de la paie',
        new Date('2024-05-01T00:00:00Z'),
        'Calcul des salaires',
        '- Déclarations sociales\n- Attestations',
        'Obligation légale (art. 6.1.c)',
        'Employés',
        'Nom; Coordonnées',
        'Données de santé',
        '6 mois',
        'Prestataire de paie (sous-traitant); URSSAF (autorité)',
        'États-Unis',
        'clauses contractuelles types',
        'Pseudonymisation; Sauvegardes',
      ]);
    });
    const ctx = tempRegister();
    const { prepared } = await importFile(ctx, file);
    expect(prepared.report).toMatchObject({ profile: 'cnil', profileLanguage: 'fr' });
    const a = byName(ctx, 'Gestion de la paie');
    expect(a).toMatchObject({
      reference: 'T-07',
      purposes: ['Calcul des salaires', 'Déclarations sociales', 'Attestations'].map((text) => ({
        text,
        legalBases: ['legal_obligation'],
      })),
      legalBases: ['legal_obligation'],
    });
    expect(codes(ctx, a.dataSubjectIds)).toEqual(['employee']);
    expect(codes(ctx, a.dataCategoryIds)).toEqual(['user.name', 'user.contact', 'user.health_and_medical']);
    expect(a.retention).toMatchObject([{ durationValue: 6, durationUnit: 'months' }]);
    const recs = recipients(ctx);
    expect(a.recipientIds.map((id) => [recs.get(id)!.name, recs.get(id)!.kind])).toEqual([
      ['Prestataire de paie', 'processor'],
      ['URSSAF', 'authority'],
    ]);
    expect(a.transfers).toMatchObject([{ country: 'US', safeguard: 'standard_contractual_clauses' }]);
    expect(codes(ctx, a.securityMeasureIds)[0]).toBe('pseudonymisation');
    const cnilRow = prepared.report.rows[0]!;
    expect(cnilRow.cells.find((c) => c.column === 'Date de création de la fiche')?.dropped).toEqual([
      { kind: 'unread', text: '2024-05-01' },
    ]);
  });
});

describe('a layout of its own (UTF-16, tabs, German) with a mapping', () => {
  it('needs the mapping once: it is saved in the register, and the next import of the layout updates by reference', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'verzeichnis.csv');
    const write = (rows: string[][]) => {
      const text = stringify(rows, { delimiter: '\t' });
      fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    };
    const head = ['Nr.', 'Bezeichnung', 'Zweck', 'Rechtsgrundlage', 'Löschfrist', 'Überprüfung am'];
    write([
      head,
      [
        'V-1',
        'Kundenverwaltung',
        'Vertragsabwicklung',
        'Art. 6 Abs. 1 lit. b DSGVO; Vertrag',
        '10 Jahre nach Vertragsende',
        '31.12.2026',
      ],
    ]);
    const ctx = tempRegister();
    await expect(importFile(ctx, file)).rejects.toThrow(/no header row recognised/);
    const mapping = {
      'Nr.': 'reference',
      Bezeichnung: 'name',
      Zweck: 'purposes',
      Rechtsgrundlage: 'legalBases',
      Löschfrist: 'retention',
      'Überprüfung am': 'reviewDate',
    };
    const first = await importFile(ctx, file, { mapping });
    expect(first.prepared.report).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', profile: 'mapping' });
    const a = byName(ctx, 'Kundenverwaltung');
    expect(a).toMatchObject({
      reference: 'V-1',
      purposes: [{ text: 'Vertragsabwicklung', legalBases: ['contract'] }],
      legalBases: ['contract'],
      reviewDate: '2026-12-31',
    });
    expect(a.retention).toMatchObject([{ durationValue: 10, durationUnit: 'years', trigger: 'nach Vertragsende' }]);

    write([
      head,
      ['V-1', 'Kundenverwaltung (neu)', 'Vertragsabwicklung; Werbung', 'Vertrag; Einwilligung', '6 Monate', ''],
    ]);
    const second = await importFile(ctx, file);
    expect(second.prepared.report.columns.every((c) => c.from === 'saved mapping')).toBe(true);
    expect(second.result).toMatchObject({ created: 0, updated: 1 });
    const updated = must(ctx, 'getActivity', { id: a.id });
    expect(updated).toMatchObject({
      name: 'Kundenverwaltung (neu)',
      // Unpaired bases go to every purpose ('ropa check' asks to confirm which applies to each).
      purposes: ['Vertragsabwicklung', 'Werbung'].map((text) => ({ text, legalBases: ['contract', 'consent'] })),
      legalBases: ['consent', 'contract'],
      reviewDate: null,
      version: 2,
    });
    const entries = listHistory(ctx, { entityId: a.id, limit: 10 });
    expect(entries.map((e) => e.action)).toEqual(['update', 'create']);
    expect(entries[0]!.author).toBe('tester (import of verzeichnis.csv)');
  });
});

describe('rows that cannot become an activity', () => {
  it('reports a row with no name or purpose and refuses to write anything', async () => {
    const file = path.join(tempDir(), 'bad-row.csv');
    fs.writeFileSync(
      file,
      stringify([
        ['Business function', 'Purpose of processing', 'Categories of individuals'],
        ['Sales', 'Quotes', 'Customers'],
        ['Sales', '', 'Prospects'],
      ]),
    );
    const ctx = tempRegister();
    const before = must(ctx, 'getRegisterInfo', {}).counts;
    const prepared = planImport(ctx, await readSource(file), 'bad-row.csv');
    expect(prepared.report.rows.map((r) => [r.row, r.action, r.error])).toEqual([
      [2, 'create', null],
      [3, 'error', { kind: 'noName' }],
    ]);
    expect(rowErrors(prepared)).toBe('bad-row.csv, row 3: no name or purpose; nothing was imported.');
    expect(() => applyImport(ctx, prepared)).toThrow(/row 3: no name or purpose/);
    expect(must(ctx, 'getRegisterInfo', {}).counts).toEqual(before);
  });
});

describe('dates in a sheet', () => {
  it('reads review and end dates written with month names in English, Dutch, French and German', async () => {
    const file = path.join(tempDir(), 'dates.csv');
    fs.writeFileSync(
      file,
      stringify([
        ['Name', 'Purpose', 'Review', 'End'],
        ['Payroll', 'Paying staff', '3 March 2024', '31/12/2030'],
        ['Loonadministratie', 'Lonen betalen', '3 maart 2024', '2030-12-31'],
        ['Paie', 'Payer le personnel', '3 mars 2024', '31 décembre 2030'],
        ['Lohnbuchhaltung', 'Löhne zahlen', '3. März 2024', '31. Dezember 2030'],
      ]),
    );
    const ctx = tempRegister();
    const mapping = { Name: 'name', Purpose: 'purposes', Review: 'reviewDate', End: 'endDate' };
    await importFile(ctx, file, { mapping });
    for (const name of ['Payroll', 'Loonadministratie', 'Paie', 'Lohnbuchhaltung'])
      expect(byName(ctx, name), name).toMatchObject({ reviewDate: '2024-03-03', endDate: '2030-12-31' });
  });
});

describe('a sheet that repeats the same cells on every row, pasted together with its header twice', () => {
  it('reads each repeated cell as its first row did, proposes a new term once, and skips the header copy', async () => {
    const file = path.join(tempDir(), 'pasted.csv');
    const header = [
      'Referentie',
      'Verwerkingsactiviteit',
      'Categorieën van betrokkenen',
      'Verwerkers',
      'Categorieën van ontvangers',
    ];
    const row = (n: number) => [
      `P-0${n}`,
      `Activiteit ${n}`,
      'Klanten; Custmers; Ruimtevaarders',
      'Sociaal secretariaat',
      'Mailchimp (verwerker); FOD Financiën',
    ];
    fs.writeFileSync(file, stringify([header, row(1), row(2), header, row(3), row(4)], { delimiter: ';' }));
    const ctx = tempRegister();
    const { prepared, result } = await importFile(ctx, file);
    expect(prepared.report.rows.map((r) => r.row)).toEqual([2, 3, 5, 6]);
    for (const r of prepared.report.rows) {
      const subjects = r.cells.find((c) => c.field === 'dataSubjects')!;
      expect(subjects.became.map(becameWords), `row ${r.row}`).toEqual([
        'data subject: Customers',
        'data subject: Customers',
        'data subject: Ruimtevaarders (new term)',
      ]);
      expect(subjects.uncertain, `row ${r.row}`).toEqual([
        { kind: 'fuzzy', value: 'Custmers', termId: expect.any(String), term: 'Customers', score: expect.any(Number) },
        { kind: 'newTerm', value: 'Ruimtevaarders' },
      ]);
      expect(subjects.uncertain.map(doubtWords), `row ${r.row}`).toEqual([
        expect.stringMatching(/^"Custmers" matched "Customers" \(score 0\.\d+\)$/),
        '"Ruimtevaarders" is not in the vocabulary: proposed as a new term',
      ]);
    }
    expect(prepared.report.newTerms).toEqual([
      { kind: 'data_subject', label: 'Ruimtevaarders', code: 'imported.ruimtevaarders' },
    ]);
    expect(result).toMatchObject({ created: 4 });
    const kinds = new Map([...recipients(ctx).values()].map((x) => [x.name, x.kind]));
    expect(kinds).toEqual(
      new Map([
        ['Sociaal secretariaat', 'processor'],
        ['Mailchimp', 'processor'],
        ['FOD Financiën', 'authority'],
      ]),
    );
    for (const n of [1, 2, 3, 4]) {
      const a = byName(ctx, `Activiteit ${n}`);
      expect(codes(ctx, a.dataSubjectIds).sort()).toEqual(['customer', 'imported.ruimtevaarders']);
      expect(a.recipientIds.map((id) => recipients(ctx).get(id)!.name).sort()).toEqual([
        'FOD Financiën',
        'Mailchimp',
        'Sociaal secretariaat',
      ]);
    }
  });
});
