import type { RecordRef } from '../src/index.js';

/** The demo CRM's recent records; names in several scripts, one very long, one hostile. */
export const recentRecords: (RecordRef & { name: string })[] = [
  { entity: 'account', id: 'ACC-1001', name: 'Contoso Pharmaceuticals' },
  { entity: 'account', id: 'ACC-1002', name: 'Fabrikam Électricité' },
  { entity: 'account', id: 'ACC-1003', name: 'Ünlü Tekstil A.Ş.' },
  { entity: 'account', id: 'ACC-1004', name: '東京海上サービス株式会社' },
  { entity: 'account', id: 'ACC-1005', name: 'Αθηναϊκή Ναυτιλιακή' },
  {
    entity: 'account',
    id: 'ACC-1006',
    name: 'The Extraordinarily Long-Named International Consolidated Holdings and Subsidiaries of the Northern Hemisphere Limited',
  },
  { entity: 'contact', id: 'CON-2001', name: 'Émilie Dubois' },
  { entity: 'contact', id: 'CON-2002', name: 'Łukasz Wiśniewski' },
  { entity: 'contact', id: 'CON-2003', name: 'Дмитрий Иванов' },
  { entity: 'contact', id: 'CON-2004', name: 'محمد العلي' },
  { entity: 'contact', id: 'CON-2005', name: 'יעל כהן' },
  { entity: 'contact', id: 'CON-2006', name: 'प्रिया शर्मा' },
  { entity: 'contact', id: 'CON-2007', name: '김민준' },
  { entity: 'contact', id: 'CON-2008', name: '<img src=x onerror=alert(1)> Mallory' },
  { entity: 'incident', id: 'CAS-01042', name: 'Printer jams on every second page' },
  { entity: 'incident', id: 'CAS-01043', name: '#2 – Refund not received' },
  { entity: 'incident', id: 'CAS-01044', name: '3 invoices missing since March' },
];

export const entityLabel: Record<string, string> = { account: 'Account', contact: 'Contact', incident: 'Case' };
