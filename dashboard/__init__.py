"""The Streamlit dashboard's parts; app.py composes them."""
