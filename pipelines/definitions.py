"""The code location: one Definitions object, nothing else."""

import dagster as dg

from pipelines.defs import automation, extract, ingest, publish, scale_out, validate, warehouse
from pipelines.defs.resources import default_resources

defs = dg.Definitions(
    assets=dg.load_assets_from_modules([ingest, extract, validate, warehouse, publish]),
    asset_checks=[warehouse.every_file_accounted_for],
    jobs=[automation.evidence_job, scale_out.extract_batches_job],
    schedules=[automation.daily_reingest],
    sensors=[automation.raw_folder_sensor],
    resources=default_resources(),
)
