"""The dashboard's data layer: no Streamlit import here, so all of it is unit-tested.

    data     load and check the claims CSV, derived columns, filters, overview facts, CSV bytes
    periods  period kinds and labels (2019, Q1/2024, 1–9/2022, 7/2022)
    formats  Vietnamese number formatting and unit scales (tỷ USD)
    figures  the timeline's plotly figures
    text     escaped source sentences and documents with the figures highlighted
    labels   English labels with the Vietnamese term beside them
"""
