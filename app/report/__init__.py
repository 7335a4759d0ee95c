"""The PDF report of a comparison: ``content`` says what it holds (no Qt), ``pdf`` draws it."""
