"""Raw folder to article text: listing, hashing, reading. No Dagster here."""
