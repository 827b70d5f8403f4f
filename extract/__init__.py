"""Pure figure extraction: text in, a pandas table of figures out. No I/O, no Streamlit."""
from .figures import COLUMNS, extract_figures, figure_records
from .quantities import extract_quantities

__version__ = "0.10.0"  # bump when extraction changes, so stored figures can be re-extracted

__all__ = ["COLUMNS", "extract_figures", "figure_records", "extract_quantities", "__version__"]
