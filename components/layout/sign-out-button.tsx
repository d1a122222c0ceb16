import { signOut } from "@/lib/actions/session";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  return (
    <form
      action={async () => {
        "use server";
        await signOut(undefined);
      }}
    >
      <Button variant="secondary" type="submit">
        Sign out
      </Button>
    </form>
  );
}
