"""Writing the datasets: atomic files, CSV and Parquet tables with their schemas, spreadsheet
safety, person ids across the archive and the people tables.
"""
