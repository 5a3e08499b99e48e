"""Gradio side panel. Imports `assistant`, never the reverse; no logic here, only layout and calls."""
