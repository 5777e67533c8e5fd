/** Where a value sits: the segment id, its ordinal among those segments in the claim, the element and component. */
export interface X12Where {
  segment: string;
  /** 1-based ordinal of this segment id within the claim (HI segment 2) or the service line number. */
  ordinal: number;
  element: number;
  /** Segment number in the file. */
  position: number;
}

export interface X12Code {
  qualifier: string;
  code: string;
  poa: string;
  where: X12Where;
}

export interface X12Line {
  lineNo: number;
  /** HC (CPT/HCPCS) or another product/service qualifier. */
  qualifier: string;
  code: string;
  modifiers: string[];
  units: string;
  revenueCode: string;
  serviceDate: string;
  where: X12Where;
}

export interface X12ClaimIssue {
  where: X12Where;
  value: string;
  code: string;
  message: string;
}

/** One 2300 claim with what its enclosing loops (provider, subscriber, patient) say about it. */
export interface X12Claim {
  /** I = 837I (005010X223), P = 837P (005010X222). */
  kind: 'I' | 'P';
  position: number;
  claimId: string;
  charges: string;
  /** CLM05-1: facility type code (837I, first two digits of the bill type) or place of service (837P). */
  facilityCode: string;
  frequencyCode: string;
  billingNpi: string;
  /** NM1*82 (2310B in 837P, 2310D in 837I) and NM1*71 (837I 2310A) of the claim, before its service lines. */
  renderingNpi: string;
  attendingNpi: string;
  payer: string;
  patientId: string;
  birthDate: string;
  sex: string;
  statementFrom: string;
  statementTo: string;
  admissionDate: string;
  dischargeHour: string;
  admissionType: string;
  /** CL103 patient status = UB-04 discharge status. */
  patientStatus: string;
  diagnoses: X12Code[];
  admitting: X12Code[];
  reasons: X12Code[];
  procedures: X12Code[];
  drg: X12Code | null;
  lines: X12Line[];
  issues: X12ClaimIssue[];
}
