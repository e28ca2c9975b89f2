// Normalize US mailing addresses before loading them into the CRM.
// Input rows come from several sources with inconsistent formatting.

export interface RawAddress {
  line1?: string;
  line2?: string;
  city?: string;
  state?: string;
  zip?: string;
}

export interface NormalizedAddress {
  line1: string;
  line2: string | null;
  city: string;
  state: string;
  zip5: string;
  zip4: string | null;
}

export interface NormalizeResult {
  address: NormalizedAddress | null;
  errors: string[];
}

// Map of full state names to their two-letter codes
const STATE_CODES: Record<string, string> = {
  alabama: "AL", alaska: "AK", arizona: "AZ", arkansas: "AR", california: "CA",
  colorado: "CO", connecticut: "CT", delaware: "DE", florida: "FL", georgia: "GA",
  hawaii: "HI", idaho: "ID", illinois: "IL", indiana: "IN", iowa: "IA",
  kansas: "KS", kentucky: "KY", louisiana: "LA", maine: "ME", maryland: "MD",
  massachusetts: "MA", michigan: "MI", minnesota: "MN", mississippi: "MS", missouri: "MO",
  montana: "MT", nebraska: "NE", nevada: "NV", "new hampshire": "NH", "new jersey": "NJ",
  "new mexico": "NM", "new york": "NY", "north carolina": "NC", "north dakota": "ND", ohio: "OH",
  oklahoma: "OK", oregon: "OR", pennsylvania: "PA", "rhode island": "RI", "south carolina": "SC",
  "south dakota": "SD", tennessee: "TN", texas: "TX", utah: "UT", vermont: "VT",
  virginia: "VA", washington: "WA", "west virginia": "WV", wisconsin: "WI", wyoming: "WY",
  "district of columbia": "DC",
};

// Set of valid two-letter codes, built from the map above
const VALID_CODES = new Set(Object.values(STATE_CODES));

// Map of common street suffixes to their standard abbreviations
const STREET_SUFFIXES: Record<string, string> = {
  street: "St", st: "St", avenue: "Ave", ave: "Ave", av: "Ave",
  boulevard: "Blvd", blvd: "Blvd", road: "Rd", rd: "Rd", drive: "Dr", dr: "Dr",
  lane: "Ln", ln: "Ln", court: "Ct", ct: "Ct", place: "Pl", pl: "Pl",
  terrace: "Ter", highway: "Hwy", parkway: "Pkwy", circle: "Cir",
};

// Map of unit designators
const UNIT_WORDS: Record<string, string> = {
  apartment: "Apt", apt: "Apt", suite: "Ste", ste: "Ste", unit: "Unit", "#": "#",
};

// Function to collapse whitespace and trim
function clean(value: string | undefined): string {
  if (value === undefined || value === null) return "";
  return value.replace(/\s+/g, " ").trim();
}

// Function to convert a string to Title Case
function titleCase(value: string): string {
  return value.toLowerCase().split(" ").map((word) => (word ? word[0].toUpperCase() + word.slice(1) : word)).join(" ");
}

// Function to normalize a street line (suffixes, unit designators, punctuation)
function normalizeStreet(line: string): string {
  const words = titleCase(line.replace(/[.,]/g, "")).split(" ");
  return words
    .map((word, index) => {
      const lower = word.toLowerCase();
      // Only abbreviate the suffix if it is the last word or followed by a unit
      if (STREET_SUFFIXES[lower] && (index === words.length - 1 || UNIT_WORDS[words[index + 1]?.toLowerCase()])) {
        return STREET_SUFFIXES[lower];
      }
      if (UNIT_WORDS[lower]) return UNIT_WORDS[lower];
      // Keep ordinals like 5th lower case after the number
      if (/^\d+(st|nd|rd|th)$/i.test(word)) return word.toLowerCase();
      return word;
    })
    .join(" ");
}

// Function to normalize the state into a two-letter code
function normalizeState(state: string): string | null {
  const value = clean(state).replace(/\./g, "");
  if (value.length === 2 && VALID_CODES.has(value.toUpperCase())) {
    return value.toUpperCase();
  }
  return STATE_CODES[value.toLowerCase()] || null;
}

// Function to split a ZIP code into 5-digit and +4 parts
function normalizeZip(zip: string): { zip5: string; zip4: string | null } | null {
  const digits = clean(zip).replace(/[^\d]/g, "");
  if (digits.length === 5) return { zip5: digits, zip4: null };
  if (digits.length === 9) return { zip5: digits.slice(0, 5), zip4: digits.slice(5) };
  // Excel often drops leading zeros from New England ZIP codes
  if (digits.length === 4) {
    return { zip5: "0" + digits, zip4: null };
  }
  return null;
}

// Main function to normalize one address
export function normalizeAddress(raw: RawAddress): NormalizeResult {
  const errors: string[] = [];

  const line1 = clean(raw.line1);
  const line2 = clean(raw.line2);
  const city = clean(raw.city);
  if (!line1) errors.push("line1 is required");
  if (!city) errors.push("city is required");

  const state = normalizeState(raw.state || "");
  if (!state) errors.push(`unknown state: "${clean(raw.state)}"`);

  const zip = normalizeZip(raw.zip || "");
  if (!zip) errors.push(`invalid ZIP code: "${clean(raw.zip)}"`);

  if (errors.length > 0 || !state || !zip) {
    return { address: null, errors: errors };
  }

  return {
    address: {
      line1: normalizeStreet(line1),
      line2: line2 ? normalizeStreet(line2) : null,
      city: titleCase(city),
      state: state,
      zip5: zip.zip5,
      zip4: zip.zip4,
    },
    errors: [],
  };
}

// Function to normalize a batch of addresses and report failures by row number
export function normalizeAll(rows: RawAddress[]) {
  const valid: NormalizedAddress[] = [];
  const invalid: { row: number; errors: string[] }[] = [];
  rows.forEach((row, index) => {
    const result = normalizeAddress(row);
    if (result.address) valid.push(result.address);
    else invalid.push({ row: index + 1, errors: result.errors });
  });
  return { valid, invalid };
}
