"""The letter engine: facts of a letter from an organisation, decided by code (no model).

facts = analyse_letter(text, organisations)   # LetterFacts (sender, dates, amounts, ...): analysis.py, facts.py
render(facts)                                  # template explanation in B1 (template.py)
verify_explanation(model_text, facts, orgs)    # reasons to reject a model's text (verify.py)
"""
