// The default vocabularies every new register starts with, in EN, NL, FR and DE.
// Data categories follow Fideslang's taxonomy (https://github.com/ethyca/fideslang, CC BY 4.0)
// where it fits; the codes are Fideslang's fides keys.
import type { TermFields } from './schemas';

export type DefaultTerm = Omit<TermFields, 'description' | 'special' | 'criminal'> & Partial<Pick<TermFields, 'description' | 'special' | 'criminal'>>;

export const DEFAULT_TERMS: DefaultTerm[] = [
  { kind: 'data_category', code: 'user.contact.email', labelEn: 'Email address', labelNl: 'E-mailadres', labelFr: 'Adresse e-mail', labelDe: 'E-Mail-Adresse' },
  { kind: 'data_subject', code: 'customer', labelEn: 'Customers', labelNl: 'Klanten', labelFr: 'Clients', labelDe: 'Kunden' },
  { kind: 'security_measure', code: 'encryption_in_transit', labelEn: 'Encryption in transit (TLS)', labelNl: 'Versleuteling tijdens transport (TLS)', labelFr: 'Chiffrement en transit (TLS)', labelDe: 'Verschlüsselung bei der Übertragung (TLS)' },
];
