/**
 * The slice of FHIR R4 ExplanationOfBenefit / Claim / Patient this importer reads. Written here because the
 * `@types/fhir` the registry offers (3.0.2) describes STU3 (item.service, no productOrService), not R4.
 */
export interface Coding {
  system?: string;
  code?: string;
}
export interface CodeableConcept {
  coding?: Coding[];
}
export interface Period {
  start?: string;
  end?: string;
}
export interface Identifier {
  system?: string;
  type?: CodeableConcept;
  value?: string;
}
export interface Reference {
  reference?: string;
  identifier?: Identifier;
}
export interface R4CareTeam {
  sequence?: number;
  provider?: Reference;
  role?: CodeableConcept;
}
export interface R4Diagnosis {
  sequence?: number;
  diagnosisCodeableConcept?: CodeableConcept;
  type?: CodeableConcept[];
  onAdmission?: CodeableConcept;
}
export interface R4Procedure {
  sequence?: number;
  procedureCodeableConcept?: CodeableConcept;
}
export interface R4Item {
  sequence?: number;
  productOrService?: CodeableConcept;
  modifier?: CodeableConcept[];
  quantity?: { value?: number };
  revenue?: CodeableConcept;
  servicedDate?: string;
  servicedPeriod?: Period;
}
export interface R4SupportingInfo {
  category?: CodeableConcept;
  code?: CodeableConcept;
  timingPeriod?: Period;
  timingDate?: string;
}
export interface R4Patient {
  resourceType: 'Patient';
  id?: string;
  birthDate?: string;
  gender?: string;
}
export interface R4Claim {
  resourceType: 'ExplanationOfBenefit' | 'Claim';
  id?: string;
  type?: CodeableConcept;
  subType?: CodeableConcept;
  patient?: Reference;
  billablePeriod?: Period;
  provider?: Reference;
  facility?: Reference;
  careTeam?: R4CareTeam[];
  diagnosis?: R4Diagnosis[];
  procedure?: R4Procedure[];
  item?: R4Item[];
  supportingInfo?: R4SupportingInfo[];
  total?: { category?: CodeableConcept; amount?: { value?: number } }[] | { value?: number };
  contained?: ({ resourceType?: string; id?: string; identifier?: Identifier[] } | R4Patient)[];
}
