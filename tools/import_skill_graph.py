#!/usr/bin/env python3
"""Writes the imported parts of the skills graph (assets/skill_graph/onet.json
and assets/skill_graph/esco.json) from local copies of two public taxonomies.

    tools/import_skill_graph.py --onet DIR --esco-skills FILE --esco-groups FILE --esco-hierarchy FILE

  --onet            a folder holding O*NET's text files "Technology Skills.txt",
                    "Tools Used.txt" and "Read Me.txt" (O*NET 29.2, CC BY 4.0)
  --esco-skills     ESCO v1.1.1 skills as CSV with preferredLabel, altLabels, skillType
  --esco-groups     ESCO v1.1.1 skill groups as Tabiya's skillGroups.csv
  --esco-hierarchy  ESCO v1.1.1 hierarchy as Tabiya's skills_hierarchy.csv

The raw taxonomies are not committed: assets/skill_graph/SOURCES.md says where
each copy came from. The hand-written concepts and relations live in
assets/skill_graph/curated.json and are never overwritten; this script reads
them (and assets/skills.json) so that an imported spelling never collides with
one the product already owns.

What is kept (curation):
  O*NET technology examples used by two or more occupations, or flagged Hot
  Technology or In Demand, under their commodity ("Apache Hadoop" broader
  "Data base management system software"); tools used in clinical occupations
  (SOC 29-, 31-) by two or more occupations, under their commodity; ESCO
  knowledge concepts of at most four words with their short alternative
  labels; ESCO skill groups with their group hierarchy.
  Dropped: single words that are everyday English (ESCO's own vocabulary and
  assets/verbs.json tell which), names of one or two characters, spellings
  that another concept or a skill already owns, and a stop list of names
  known to match ordinary prose.
Output is sorted and stable: running it twice writes the same bytes.
"""
import argparse
import collections
import csv
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ASSETS = os.path.join(ROOT, "assets")

# Names that read as ordinary prose in resumes and postings.
STOP = {
    "access", "act", "adept", "alert", "atlas", "basecamp", "box", "canvas", "chrome", "compass", "dash", "drive",
    "echo", "edge", "email", "evernote", "facebook", "focus", "forms", "gmail", "go", "harvest", "impact", "insight",
    "keynote", "lightroom", "linkedin", "mail", "maps", "meet", "monday", "notes", "numbers", "office", "pages",
    "paint", "pulse", "quicken", "reflex", "sage", "scribe", "shopify", "sketch", "slack", "snagit", "spark", "square",
    "studio", "survey", "teams", "trello", "twitter", "vision", "visio", "wave", "word", "youtube", "zoom", "types",
    "english", "french", "german", "spanish", "chinese", "italian", "music", "art", "dance", "golf", "ski", "sports",
    "cooking", "driving", "health", "history", "law", "logic", "mathematics", "physics", "chemistry", "biology",
    "psychology", "sociology", "philosophy", "statistics", "economics", "marketing", "finance", "accounting",
    "management", "leadership", "communication", "teamwork", "design", "engineering", "electronics", "writing",
    "linguistics", "anatomy", "physiology", "pharmacology", "nursing", "medicine", "pedagogy", "ethics", "religion",
}
# ESCO labels that name a field broader than any one requirement ("types of ..."
# lists, languages as subjects) are left to the hand-written part.
ESCO_SKIP_PREFIX = ("types of ", "principles of ", "characteristics of ")


def match_key(spelling):
    """How the loader compares spellings (check_cross_references.cpp)."""
    if len(spelling) <= 2 and any(c.isupper() for c in spelling):
        return "exact:" + spelling
    return "any-case:" + spelling.lower()


def slug(text):
    s = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    return s[:48].rstrip("_") or "x"


def clean(text):
    return re.sub(r"\s+", " ", text).strip()


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


class Graph:
    def __init__(self, english):
        self.owner = {}  # match key -> id
        self.ids = set()
        self.english = english
        self.concepts = []
        self.links = collections.defaultdict(lambda: {"broader": set(), "implies": set()})

    def claim(self, spellings, cid):
        for s in spellings:
            self.owner.setdefault(match_key(s), cid)

    def usable(self, spelling):
        s = clean(spelling)
        if len(s) <= 2 or len(s) > 60 or not re.search(r"[A-Za-z]", s):
            return False
        if any(c in s for c in '"\n;') or s.count("(") != s.count(")"):
            return False
        words = s.lower().split()
        if len(words) == 1 and (words[0] in self.english or words[0] in STOP):
            return False
        if s.lower() in STOP:
            return False
        return match_key(s) not in self.owner

    def owner_of(self, spelling):
        return self.owner.get(match_key(clean(spelling)))

    def add(self, prefix, name, aliases=(), broader=(), max_aliases=4):
        name = clean(name)
        existing = self.owner_of(name)
        if existing:
            for b in broader:
                if b != existing:
                    self.links[existing]["broader"].add(b)
            return existing
        if not self.usable(name):
            return None
        cid = prefix + slug(name)
        n = 2
        while cid in self.ids:
            cid = prefix + slug(name) + "_" + str(n)
            n += 1
        self.ids.add(cid)
        kept = []
        for a in aliases:
            a = clean(a)
            if len(kept) < max_aliases and a != name and a not in kept and len(a.split()) <= 4 and self.usable(a):
                kept.append(a)
        self.claim([name] + kept, cid)
        entry = {"id": cid, "name": name}
        if kept:
            entry["aliases"] = sorted(kept)
        if broader:
            entry["broader"] = sorted(set(broader))
        self.concepts.append(entry)
        return cid


def english_words(esco_rows):
    words = set()
    for r in esco_rows:
        for label in [r["preferredLabel"]] + r["altLabels"].split("\n"):
            for w in re.findall(r"[a-z]+", label):  # lower-case only: product names keep their capitals
                words.add(w)
    with open(os.path.join(ASSETS, "verbs.json"), encoding="utf-8") as f:
        for v in json.load(f)["verbs"]:
            for k in ("base", "past", "gerund"):
                if v.get(k):
                    words.add(v[k].lower())
    return words


def seed_owned(graph):
    with open(os.path.join(ASSETS, "skills.json"), encoding="utf-8") as f:
        for s in json.load(f)["skills"]:
            graph.claim([s["name"]] + s.get("aliases", []), s["id"])
            graph.ids.add(s["id"])
    with open(os.path.join(ASSETS, "skill_graph", "curated.json"), encoding="utf-8") as f:
        for c in json.load(f)["concepts"]:
            if "name" in c:
                graph.claim([c["name"]] + c.get("aliases", []), c["id"])
            graph.ids.add(c["id"])


def import_onet(graph, folder):
    tech = read_tsv(os.path.join(folder, "Technology Skills.txt"))
    uses = collections.Counter(r["Example"] for r in tech)
    flagged = {r["Example"] for r in tech if r.get("Hot Technology") == "Y" or r.get("In Demand") == "Y"}
    commodity_of = {}
    for r in tech:
        commodity_of.setdefault(r["Example"], (r["Commodity Code"], r["Commodity Title"]))
    commodities = {}
    for code, title in sorted(set(commodity_of.values())):
        commodities[code] = graph.add("onet_", title)
    for example in sorted(uses):
        if uses[example] >= 2 or example in flagged:
            parent = commodities.get(commodity_of[example][0])
            graph.add("onet_", example, broader=[parent] if parent else [])
    tools = read_tsv(os.path.join(folder, "Tools Used.txt"))
    clinical = [r for r in tools if r["O*NET-SOC Code"][:2] in ("29", "31")]
    uses = collections.Counter(r["Example"] for r in clinical)
    tool_commodity = {}
    for r in clinical:
        tool_commodity.setdefault(r["Example"], (r["Commodity Code"], r["Commodity Title"]))
    tool_parents = {}
    for example in sorted(uses):
        if uses[example] < 2:
            continue
        code, title = tool_commodity[example]
        if code not in tool_parents:
            tool_parents[code] = graph.add("onet_", title)
        parent = tool_parents[code]
        if parent and graph.owner_of(example) != parent:
            graph.add("onet_", example, broader=[parent])
    with open(os.path.join(folder, "Read Me.txt"), encoding="utf-8") as f:
        return f.readline().strip()


def import_esco(graph, skills_csv, groups_csv, hierarchy_csv):
    groups = read_csv(groups_csv)
    group_id = {}
    for g in sorted(groups, key=lambda g: g["PREFERREDLABEL"]):
        label = clean(g["PREFERREDLABEL"])
        alts = [a for a in g["ALTLABELS"].split("\n") if a.strip()]
        cid = graph.add("esco_g_", label, alts)
        if cid:
            group_id[g["ID"]] = cid
    parents = collections.defaultdict(set)
    for h in read_csv(hierarchy_csv):
        if h["PARENTOBJECTTYPE"] == "skillgroup" and h["CHILDOBJECTTYPE"] == "skillgroup":
            child, parent = group_id.get(h["CHILDID"]), group_id.get(h["PARENTID"])
            if child and parent and child != parent:
                parents[child].add(parent)
    for c in graph.concepts:
        if c["id"] in parents:
            c["broader"] = sorted(parents[c["id"]])
    for r in sorted(read_csv(skills_csv), key=lambda r: r["preferredLabel"]):
        label = clean(r["preferredLabel"])
        if r["skillType"] != "knowledge" or len(label.split()) > 4 or label.lower().startswith(ESCO_SKIP_PREFIX):
            continue
        label = re.sub(r" \((computer programming|software)\)$", "", label)
        alts = sorted((a for a in r["altLabels"].split("\n") if a.strip()), key=lambda a: (len(a), a))
        graph.add("esco_", label, alts)


def write(path, doc):
    with open(path, "w", encoding="utf-8") as f:
        f.write("{\n")
        keys = list(doc)
        for i, key in enumerate(keys):
            value = doc[key]
            f.write("  " + json.dumps(key) + ": ")
            if isinstance(value, list):
                f.write("[\n")
                for j, item in enumerate(value):
                    f.write("    " + json.dumps(item, ensure_ascii=False, sort_keys=False))
                    f.write(",\n" if j + 1 < len(value) else "\n")
                f.write("  ]")
            else:
                f.write(json.dumps(value, ensure_ascii=False))
            f.write(",\n" if i + 1 < len(keys) else "\n")
        f.write("}\n")


def links_of(graph, owned_ids):
    out = []
    for cid in sorted(graph.links):
        if cid not in owned_ids:
            continue
        rel = graph.links[cid]
        entry = {"id": cid}
        if rel["broader"]:
            entry["broader"] = sorted(rel["broader"])
        out.append(entry)
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--onet", required=True)
    p.add_argument("--esco-skills", required=True)
    p.add_argument("--esco-groups", required=True)
    p.add_argument("--esco-hierarchy", required=True)
    args = p.parse_args()
    esco_rows = read_csv(args.esco_skills)
    graph = Graph(english_words(esco_rows))
    seed_owned(graph)
    owned_before = set(graph.ids)

    version = import_onet(graph, args.onet)
    onet = graph.concepts
    onet_links = links_of(graph, owned_before)
    graph.concepts, graph.links = [], collections.defaultdict(lambda: {"broader": set(), "implies": set()})
    import_esco(graph, args.esco_skills, args.esco_groups, args.esco_hierarchy)
    esco = graph.concepts

    out = os.path.join(ASSETS, "skill_graph")
    write(os.path.join(out, "onet.json"), {
        "_source": version + ": Technology Skills and Tools Used (clinical occupations), by the U.S. Department of "
        "Labor, Employment and Training Administration (USDOL/ETA), CC BY 4.0; curated and modified by "
        "tools/import_skill_graph.py. See SOURCES.md.",
        "concepts": onet,
        "links": onet_links,
    })
    write(os.path.join(out, "esco.json"), {
        "_source": "ESCO classification v1.1.1 (knowledge concepts and skill groups), (c) European Union, "
        "https://esco.ec.europa.eu/, CC BY 4.0; curated and modified by tools/import_skill_graph.py. See SOURCES.md.",
        "concepts": esco,
    })
    print(f"onet: {len(onet)} concepts, {len(onet_links)} links to owned skills; esco: {len(esco)} concepts",
          file=sys.stderr)


if __name__ == "__main__":
    main()
