"""The letter engine: facts of a letter from an organisation, decided by code (no model).

facts = analyse_letter(text, organisations)   # LetterFacts: each fact a Fact (value, status, evidence, rule)
render(facts)                                  # template explanation in B1, stated facts only (template.py)
facts_dict(facts), check_list(facts)           # the `facts` JSON and the "Controleer dit" list (report.py)
verify_explanation(model_text, facts, orgs)    # reasons to reject a model's text (verify.py)
"""
