import logging
import sys
from typing import Dict, List

import numpy as np
import pandas as pd

# Set up logging
logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(message)s")
logger = logging.getLogger(__name__)

# Mapping for the Likert scale answers
LIKERT_MAP: Dict[str, int] = {
    "strongly disagree": 1,
    "disagree": 2,
    "neutral": 3,
    "agree": 4,
    "strongly agree": 5,
}

# Columns that contain Likert scale questions
LIKERT_COLUMNS: List[str] = ["q1_satisfaction", "q2_recommend", "q3_ease_of_use", "q4_support"]

# Valid range for the age column
MIN_AGE = 16
MAX_AGE = 100


def load_survey(path: str) -> pd.DataFrame:
    """Load the raw survey export."""
    df = pd.read_csv(path, dtype=str)
    logger.info("Loaded %d rows from %s", len(df), path)
    return df


def clean_column_names(df: pd.DataFrame) -> pd.DataFrame:
    """Make column names lowercase with underscores."""
    df.columns = (
        df.columns.str.strip()
        .str.lower()
        .str.replace(r"[^a-z0-9]+", "_", regex=True)
        .str.strip("_")
    )
    return df


def clean_likert(df: pd.DataFrame) -> pd.DataFrame:
    """Convert Likert answers from text to numbers 1-5."""
    for column in LIKERT_COLUMNS:
        # Check if the column exists in the data
        if column not in df.columns:
            logger.warning("Column %s not found, skipping", column)
            continue
        normalized = df[column].str.strip().str.lower()
        df[column] = normalized.map(LIKERT_MAP)
        # Count how many values could not be mapped
        unmapped = normalized.notna() & df[column].isna()
        if unmapped.any():
            logger.warning("%d unrecognized answers in %s", unmapped.sum(), column)
    return df


def clean_age(df: pd.DataFrame) -> pd.DataFrame:
    """Convert age to a number and remove impossible values."""
    if "age" in df.columns:
        df["age"] = pd.to_numeric(df["age"], errors="coerce")
        invalid = (df["age"] < MIN_AGE) | (df["age"] > MAX_AGE)
        if invalid.any():
            logger.info("Setting %d out-of-range ages to NaN", invalid.sum())
        df.loc[invalid, "age"] = np.nan
    return df


def clean_email_and_duplicates(df: pd.DataFrame) -> pd.DataFrame:
    """Normalize emails and keep only the latest response per email."""
    if "email" not in df.columns:
        return df
    df["email"] = df["email"].str.strip().str.lower()
    df["submitted_at"] = pd.to_datetime(df.get("submitted_at"), errors="coerce")
    before = len(df)
    df = df.sort_values("submitted_at").drop_duplicates(subset="email", keep="last")
    # Rows without an email cannot be deduplicated, so they are kept as they are
    logger.info("Removed %d duplicate responses", before - len(df))
    return df


def add_score(df: pd.DataFrame) -> pd.DataFrame:
    """Add an overall score as the mean of the Likert columns."""
    present = [c for c in LIKERT_COLUMNS if c in df.columns]
    if present:
        df["overall_score"] = df[present].mean(axis=1).round(2)
        # Require at least half of the questions to be answered
        answered = df[present].notna().sum(axis=1)
        df.loc[answered < len(present) / 2, "overall_score"] = np.nan
    return df


def main() -> None:
    # Check the command line arguments
    if len(sys.argv) != 3:
        print("Usage: python clean_survey_pandas.py raw.csv clean.csv")
        sys.exit(1)

    df = load_survey(sys.argv[1])
    df = clean_column_names(df)
    df = clean_likert(df)
    df = clean_age(df)
    df = clean_email_and_duplicates(df)
    df = add_score(df)

    # Save the cleaned data
    df.to_csv(sys.argv[2], index=False)
    logger.info("Saved %d cleaned rows to %s", len(df), sys.argv[2])


if __name__ == "__main__":
    main()
