"""The nouns that name a role ('engineer', 'analyst', 'nurse'): a line naming one is a role's title, which tells a
work history's entries from the projects, courses and study listed among them."""
from __future__ import annotations

import re

ROLE_NOUN = re.compile(r"\b(?:engineer|developer|programmer|technician|consultant|manager|administrator|officer|"
                       r"specialist|analyst|scientist|architect|designer|director|coordinator|assistant|intern|"
                       r"volunteer(?:ed)?|clerk|nurse|teacher|lecturer|researcher|tutor|professor|instructor|"
                       r"postdoc|accountant|lawyer|attorney|cashier|driver|advis[eo]r|representative|"
                       r"executive|operator|statistician|economist|chemist|physicist|physician|pharmacist|"
                       r"therapist|counsell?or|founder|owner|lead)s?\b", re.I)
