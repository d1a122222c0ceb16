import Link from "next/link";

/** A vendor's name as a link to its page (what it conceded before, its pitches, its other deals). */
export function VendorLink({ vendorId, name }: { vendorId: string; name: string }) {
  return (
    <Link href={`/vendors/${vendorId}`} className="text-brand-700 underline hover:text-brand-800" data-testid="vendor-link">
      {name}
    </Link>
  );
}
