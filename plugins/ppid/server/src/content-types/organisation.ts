import { HOLDING_TYPES, POSITIONS, UNIT_KINDS } from '../domain/constants';
import { adminUser, contentType, enumeration, manyToOne, oneToMany, str, text } from './builders';

export const ORGANISATION_CHANGE_ACTIONS = ['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone'] as const;

/** An organisational unit: the agency (OPD) at the root, its divisions and sections below. */
export const unit = contentType({
  singularName: 'unit',
  pluralName: 'units',
  displayName: 'Unit',
  description: 'Organisational unit: agency (OPD), division (bidang), section (sub bagian / seksi)',
  attributes: {
    name: str({ required: true, minLength: 2 }),
    code: str({ required: true, unique: true, maxLength: 40, regex: '^[a-z0-9]+(?:-[a-z0-9]+)*$' }),
    kind: enumeration(UNIT_KINDS, { required: true, default: 'division' }),
    parent: manyToOne('unit', { inversedBy: 'children' }),
    children: oneToMany('unit', 'parent'),
    publishes: { type: 'boolean', default: true },
    email: { type: 'email' },
    phone: str({ maxLength: 40 }),
    address: text(500),
    /**
     * Office contacts of the unit's officials that may be published (one phone number or e-mail
     * address per line): the privacy check does not flag them in this unit's or its sub-units' items.
     */
    officeContacts: text(2000),
    active: { type: 'boolean', default: true },
    assignments: oneToMany('position-assignment', 'unit'),
  },
});

/** An admin user holding a position (jabatan) in a unit for a period, possibly acting (Plt/Plh). */
export const positionAssignment = contentType({
  singularName: 'position-assignment',
  pluralName: 'position-assignments',
  displayName: 'Position assignment',
  description: 'Who holds which position (jabatan) in which unit, from when to when, definitive or acting',
  attributes: {
    user: adminUser({ required: true }),
    position: enumeration(POSITIONS, { required: true }),
    unit: manyToOne('unit', { inversedBy: 'assignments', required: true }),
    holding: enumeration(HOLDING_TYPES, { required: true, default: 'definitive' }),
    startsOn: { type: 'date', required: true },
    endsOn: { type: 'date' },
    officialName: str({ maxLength: 150 }),
    nip: str({ maxLength: 30, regex: '^[0-9 ]*$' }),
    decreeNumber: str({ maxLength: 120 }),
    note: text(1000),
  },
});

/**
 * Append-only log of changes to the organisation data the workflow trusts (units and position
 * assignments): who changed what, when, and the record before and after. Written by the
 * organisation middleware only; read by organisation managers.
 */
export const organisationChange = contentType({
  singularName: 'organisation-change',
  pluralName: 'organisation-changes',
  displayName: 'Organisation change',
  description: 'Who changed which unit or position assignment, when, before and after',
  visible: false,
  indexes: [{ name: 'ppid_organisation_changes_subject_idx', columns: ['subject_type', 'subject_document_id', 'id'] }],
  attributes: {
    subjectType: enumeration(['unit', 'position-assignment'], { required: true }),
    subjectDocumentId: str({ required: true, maxLength: 64 }),
    action: enumeration(ORGANISATION_CHANGE_ACTIONS, { required: true }),
    actorId: { type: 'integer' },
    actorName: str({ maxLength: 255 }),
    before: { type: 'json' },
    after: { type: 'json' },
  },
});
