import React, { useEffect, useState } from "react";

// Shape of the profile returned by GET /api/profile/:id
export interface UserProfile {
  id: string;
  displayName: string;
  email: string;
  bio: string;
}

// Field-level validation errors, keyed by field name.
type FormErrors = Partial<Record<keyof UserProfile, string>>;

interface UserProfileFormProps {
  userId: string;
  onSaved?: (profile: UserProfile) => void;
}

// Keep validation separate from the component so it is easy to unit test.
function validateProfile(profile: UserProfile): FormErrors {
  const errors: FormErrors = {};
  if (profile.displayName.trim().length < 2) {
    errors.displayName = "Display name must be at least 2 characters.";
  }
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(profile.email)) {
    errors.email = "Please enter a valid email address.";
  }
  if (profile.bio.length > 280) {
    errors.bio = `Bio is ${profile.bio.length - 280} characters too long.`;
  }
  return errors;
}

export function UserProfileForm({ userId, onSaved }: UserProfileFormProps) {
  // The profile being edited. null until the initial fetch finishes.
  const [profile, setProfile] = useState<UserProfile | null>(null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [status, setStatus] = useState<"loading" | "idle" | "saving" | "saved" | "error">("loading");

  // Load the profile whenever userId changes. The AbortController cancels
  // the request if the component unmounts or userId changes mid-flight.
  useEffect(() => {
    const controller = new AbortController();
    setStatus("loading");

    fetch(`/api/profile/${encodeURIComponent(userId)}`, { signal: controller.signal })
      .then((res) => {
        if (!res.ok) throw new Error(`Request failed with ${res.status}`);
        return res.json() as Promise<UserProfile>;
      })
      .then((data) => {
        setProfile(data);
        setStatus("idle");
      })
      .catch((err: Error) => {
        if (err.name !== "AbortError") setStatus("error");
      });

    return () => controller.abort();
  }, [userId]);

  // One change handler for all inputs, using the input's name attribute.
  const handleChange = (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const { name, value } = event.target;
    setProfile((prev) => (prev ? { ...prev, [name]: value } : prev));
    // Clear the error for this field as soon as the user edits it.
    setErrors((prev) => ({ ...prev, [name]: undefined }));
  };

  const handleSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!profile) return;

    // Validate before sending anything to the server.
    const validationErrors = validateProfile(profile);
    if (Object.keys(validationErrors).length > 0) {
      setErrors(validationErrors);
      return;
    }

    setStatus("saving");
    try {
      const res = await fetch(`/api/profile/${encodeURIComponent(userId)}`, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(profile),
      });
      if (!res.ok) throw new Error(`Save failed with ${res.status}`);
      const saved = (await res.json()) as UserProfile;
      setProfile(saved);
      setStatus("saved");
      onSaved?.(saved);
    } catch {
      setStatus("error");
    }
  };

  if (status === "loading") return <p>Loading profile…</p>;
  if (!profile) return <p role="alert">Could not load this profile.</p>;

  return (
    <form onSubmit={handleSubmit} noValidate>
      <label>
        Display name
        <input name="displayName" value={profile.displayName} onChange={handleChange} aria-invalid={!!errors.displayName} />
      </label>
      {errors.displayName && <p className="error">{errors.displayName}</p>}

      <label>
        Email
        <input name="email" type="email" value={profile.email} onChange={handleChange} aria-invalid={!!errors.email} />
      </label>
      {errors.email && <p className="error">{errors.email}</p>}

      <label>
        Bio ({profile.bio.length}/280)
        <textarea name="bio" rows={4} value={profile.bio} onChange={handleChange} aria-invalid={!!errors.bio} />
      </label>
      {errors.bio && <p className="error">{errors.bio}</p>}

      <button type="submit" disabled={status === "saving"}>
        {status === "saving" ? "Saving…" : "Save changes"}
      </button>
      {status === "saved" && <p role="status">Profile saved.</p>}
      {status === "error" && <p role="alert">Something went wrong. Please try again.</p>}
    </form>
  );
}

// Example usage:
//
// export default function SettingsPage() {
//   return <UserProfileForm userId="42" onSaved={(p) => console.log("saved", p)} />;
// }
