-- The exact key of a vendor name: lib/domain/vendor-names.ts normalizeVendorName, in SQL (a test
-- holds the two to the same results). ASCII upper case lowered with translate() (lower() follows the
-- database's locale), ASCII punctuation as a space, runs of ASCII whitespace as one space, trimmed.
-- Brought in by migration 20261202103000_vendors, which merged the free-text vendor names with it.
CREATE OR REPLACE FUNCTION "dp_vendor_name_key"(name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT btrim(regexp_replace(regexp_replace(translate(name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'),
    '[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]+', ' ', 'g'), '[\x09-\x0d\x20]+', ' ', 'g'), ' ')
$$;
