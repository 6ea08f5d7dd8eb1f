"""Validate Calcinosis Aid's FHIR R4 export.

Usage: validate.py DIR

DIR holds Questionnaire.json (and Questionnaire-<language>.json for other languages) and
QuestionnaireResponse-*.json, as written by `cargo test -p calcinosis-engine --test fhir`.
Each file is checked:

1. parsed with the FHIR R4 (4.0.1) model classes of fhir.resources (element names, types,
   cardinalities, choice types [x], primitive formats, no unknown elements);
2. strictly: the parsed model serialises back to the same JSON, so no value was coerced
   (e.g. "yes" for a boolean) or dropped;
3. against the rules the models leave out: FHIR JSON (no null, no empty string, array or
   object), the codes of required bindings (status, item type, enableWhen operator,
   enableBehavior, subjectType, language, item control), the extensions used (URL, value
   type, place), and the Questionnaire invariants que-1 to que-13 and the
   QuestionnaireResponse invariants qrs-1 and qrs-2 of R4;
4. responses also against the Questionnaire in their language: it names it (url|version);
   every linkId exists at the same nesting and in the Questionnaire's order; groups hold
   items and questions hold answers; each answer's value type fits the item type
   (valueCoding for choice, valueQuantity for quantity, ...); codings are among the
   item's answerOptions and units among its unitOptions; a non-repeating item has at most
   one answer and an exclusive option no companion; every required item that is enabled
   is answered, and no disabled item is (enableWhen evaluated as R4 says, converting the
   UCUM units a, mo, wk and d).

Prints one line per file (PASS or FAIL with the reasons, which name linkIds and rules,
never answer values), then `fhir: N passed, M failed`. Exits 1 when any file failed or
none was found.
"""

import datetime
import json
import re
import sys
from pathlib import Path

import fhir.resources
from fhir.resources import get_fhir_model_class
from fhir.resources.questionnaire import Questionnaire
from fhir.resources.questionnaireresponse import QuestionnaireResponse

FHIR_VERSION = "4.0.1"

PUBLICATION_STATUS = {"draft", "active", "retired", "unknown"}
RESPONSE_STATUS = {"in-progress", "completed", "amended", "entered-in-error", "stopped"}
ITEM_TYPES = {
    "group", "display", "boolean", "decimal", "integer", "date", "dateTime", "time",
    "string", "text", "url", "choice", "open-choice", "attachment", "reference", "quantity",
}
OPERATORS = {"exists", "=", "!=", ">", "<", ">=", "<="}
BEHAVIORS = {"all", "any"}
ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control"
ITEM_CONTROL_CODES = {
    # group
    "list", "table", "htable", "gtable", "atable", "header", "footer",
    # display
    "inline", "prompt", "unit", "lower", "upper", "flyover", "help", "legal",
    # question
    "autocomplete", "drop-down", "check-box", "lookup", "radio-button", "slider",
    "spinner", "text-box",
}
ITEM_CONTROL_FOR = {
    "group": {"list", "table", "htable", "gtable", "atable", "header", "footer"},
    "display": {"inline", "prompt", "unit", "lower", "upper", "flyover", "help", "legal"},
}
EXT = "http://hl7.org/fhir/StructureDefinition/"
EXT_ITEM_CONTROL = EXT + "questionnaire-itemControl"
EXT_UNIT_OPTION = EXT + "questionnaire-unitOption"
EXT_OPTION_EXCLUSIVE = EXT + "questionnaire-optionExclusive"
UCUM = "http://unitsofmeasure.org"
# UCUM units of time this checker converts, in years (a = 365.25 d, mo = a/12).
UCUM_YEARS = {"a": 1.0, "mo": 1.0 / 12.0, "wk": 7.0 / 365.25, "d": 1.0 / 365.25}

# Answer value type per item type (R4 Questionnaire.item.type and QuestionnaireResponse
# answer value[x]).
VALUE_FOR_TYPE = {
    "boolean": {"valueBoolean"},
    "decimal": {"valueDecimal"},
    "integer": {"valueInteger"},
    "date": {"valueDate"},
    "dateTime": {"valueDateTime"},
    "time": {"valueTime"},
    "string": {"valueString"},
    "text": {"valueString"},
    "url": {"valueUri"},
    "choice": {"valueCoding", "valueString", "valueInteger", "valueDate", "valueTime",
               "valueReference"},
    "open-choice": {"valueCoding", "valueString", "valueInteger", "valueDate", "valueTime",
                    "valueReference"},
    "attachment": {"valueAttachment"},
    "reference": {"valueReference"},
    "quantity": {"valueQuantity"},
}
# enableWhen answer[x] per type of the question it reads.
ENABLE_ANSWER_FOR_TYPE = {
    "boolean": "answerBoolean", "decimal": "answerDecimal", "integer": "answerInteger",
    "date": "answerDate", "dateTime": "answerDateTime", "time": "answerTime",
    "string": "answerString", "text": "answerString", "choice": "answerCoding",
    "open-choice": "answerCoding", "reference": "answerReference",
    "quantity": "answerQuantity",
}
SIMPLE_TYPES = {"boolean", "decimal", "integer", "string", "text", "url", "open-choice"}
LANGUAGE = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$")
NAME = re.compile(r"^[A-Z]([A-Za-z0-9_]){0,254}$")


def value_key(obj, prefix):
    """The one key of a choice element [x] (`value...`, `answer...`, `initial...`)."""
    keys = [k for k in obj if k.startswith(prefix) and k[len(prefix):][:1].isupper()]
    return keys[0] if len(keys) == 1 else None


# ---------------------------------------------------------------- generic JSON rules

def check_json_rules(node, path, errors):
    """FHIR JSON: no null, and no empty string, array or object (ele-1)."""
    if node is None:
        errors.append(f"{path}: null is not allowed in FHIR JSON")
    elif isinstance(node, str):
        if not node.strip():
            errors.append(f"{path}: empty or blank string")
    elif isinstance(node, list):
        if not node:
            errors.append(f"{path}: empty array")
        for i, x in enumerate(node):
            check_json_rules(x, f"{path}[{i}]", errors)
    elif isinstance(node, dict):
        if not node:
            errors.append(f"{path}: empty object (ele-1)")
        for k, v in node.items():
            check_json_rules(v, f"{path}.{k}", errors)


def same_instant(a, b):
    try:
        da = datetime.datetime.fromisoformat(a.replace("Z", "+00:00"))
        db = datetime.datetime.fromisoformat(b.replace("Z", "+00:00"))
    except ValueError:
        try:
            return datetime.date.fromisoformat(a) == datetime.date.fromisoformat(b)
        except ValueError:
            return False
    return da == db


def check_round_trip(raw, parsed, path, errors):
    """The model's JSON equals the input: nothing coerced, nothing dropped or added."""
    if isinstance(raw, dict) and isinstance(parsed, dict):
        for k in raw.keys() - parsed.keys():
            errors.append(f"{path}.{k}: dropped by the R4 model")
        for k in parsed.keys() - raw.keys():
            errors.append(f"{path}.{k}: added by the R4 model (a default or a coercion)")
        for k in raw.keys() & parsed.keys():
            check_round_trip(raw[k], parsed[k], f"{path}.{k}", errors)
    elif isinstance(raw, list) and isinstance(parsed, list):
        if len(raw) != len(parsed):
            errors.append(f"{path}: {len(raw)} elements became {len(parsed)}")
        for i, (a, b) in enumerate(zip(raw, parsed)):
            check_round_trip(a, b, f"{path}[{i}]", errors)
    elif isinstance(raw, bool) or isinstance(parsed, bool):
        if type(raw) is not type(parsed) or raw != parsed:
            errors.append(f"{path}: not a JSON boolean (coerced by the model)")
    elif isinstance(raw, (int, float)) and isinstance(parsed, (int, float)):
        if raw != parsed:
            errors.append(f"{path}: number changed by the model")
    elif isinstance(raw, str) and isinstance(parsed, str):
        if raw != parsed and not same_instant(raw, parsed):
            errors.append(f"{path}: string changed by the model")
    else:
        errors.append(
            f"{path}: JSON {type(raw).__name__} where R4 has {type(parsed).__name__}"
        )


# ---------------------------------------------------------------- extensions

def check_extensions(node, path, place, errors, item_type=None):
    """The extensions this project uses: known URL, value type and place of use."""
    for i, ext in enumerate(node.get("extension", [])):
        p = f"{path}.extension[{i}]"
        url = ext.get("url")
        vkey = value_key(ext, "value")
        if url == EXT_ITEM_CONTROL:
            if place != "item" or vkey != "valueCodeableConcept":
                errors.append(f"{p}: itemControl belongs on an item, as a CodeableConcept")
                continue
            for c in ext[vkey].get("coding", []):
                if c.get("system") != ITEM_CONTROL_SYSTEM or c.get("code") not in ITEM_CONTROL_CODES:
                    errors.append(f"{p}: itemControl code not in the R4 item-control codes")
                elif item_type in ITEM_CONTROL_FOR and c["code"] not in ITEM_CONTROL_FOR[item_type]:
                    errors.append(f"{p}: itemControl '{c['code']}' does not fit a {item_type} item")
                elif item_type not in ITEM_CONTROL_FOR and any(
                    c["code"] in codes for codes in ITEM_CONTROL_FOR.values()
                ):
                    errors.append(f"{p}: itemControl '{c['code']}' does not fit a question item")
        elif url == EXT_UNIT_OPTION:
            if place != "item" or item_type != "quantity" or vkey != "valueCoding":
                errors.append(f"{p}: unitOption belongs on a quantity item, as a Coding")
            elif ext[vkey].get("system") != UCUM or not ext[vkey].get("code"):
                errors.append(f"{p}: unitOption is not a UCUM coding")
        elif url == EXT_OPTION_EXCLUSIVE:
            if place != "answerOption" or vkey != "valueBoolean":
                errors.append(f"{p}: optionExclusive belongs on an answerOption, as a boolean")
        else:
            errors.append(f"{p}: extension {url!r} is not one this checker knows")
    for i, ext in enumerate(node.get("modifierExtension", [])):
        errors.append(f"{path}.modifierExtension[{i}]: no modifier extension is expected")


# ---------------------------------------------------------------- Questionnaire

def walk_items(items, parent_path, out):
    for item in items or []:
        out.append((parent_path, item))
        walk_items(item.get("item"), parent_path + [item.get("linkId")], out)


def check_questionnaire(q, errors):
    if q.get("status") not in PUBLICATION_STATUS:
        errors.append("status: not a publication-status code")
    if "language" in q and not LANGUAGE.match(q["language"]):
        errors.append("language: not a BCP-47 language tag")
    if "name" in q and not NAME.match(q["name"]):
        errors.append("name: not usable as an identifier (inv-0)")
    if not q.get("url"):
        errors.append("url: missing (responses could not name this questionnaire)")
    for t in q.get("subjectType", []):
        try:
            get_fhir_model_class(t)
        except KeyError:
            errors.append(f"subjectType: {t!r} is not an R4 resource type")
    all_items = []
    walk_items(q.get("item"), [], all_items)
    by_id = {}
    for _, item in all_items:
        link = item.get("linkId")
        if link in by_id:
            errors.append(f"item {link}: linkId not unique (que-2)")
        by_id[link] = item
    for parents, item in all_items:
        link = item.get("linkId")
        p = f"item {link}"
        t = item.get("type")
        if t not in ITEM_TYPES:
            errors.append(f"{p}: type {t!r} is not an R4 item type")
            continue
        check_extensions(item, p, "item", errors, t)
        children = item.get("item", [])
        if t == "group" and not children:
            errors.append(f"{p}: a group must have items (que-1)")
        if t == "display" and children:
            errors.append(f"{p}: a display item cannot have items (que-1)")
        if t == "display" and "code" in item:
            errors.append(f"{p}: a display item cannot have a code (que-3)")
        if "answerOption" in item and "answerValueSet" in item:
            errors.append(f"{p}: answerOption and answerValueSet together (que-4)")
        if ("answerOption" in item or "answerValueSet" in item) and t not in ("choice", "open-choice"):
            errors.append(f"{p}: only choice items can have answer options (que-5)")
        if t == "display" and ("required" in item or "repeats" in item):
            errors.append(f"{p}: required or repeats on a display item (que-6)")
        if t in ("group", "display") and "initial" in item:
            errors.append(f"{p}: initial value on a {t} item (que-8)")
        if t == "display" and "readOnly" in item:
            errors.append(f"{p}: readOnly on a display item (que-9)")
        if "maxLength" in item and t not in SIMPLE_TYPES:
            errors.append(f"{p}: maxLength on a {t} item (que-10)")
        if "answerOption" in item and "initial" in item:
            errors.append(f"{p}: initial with answerOption (que-11)")
        if len(item.get("initial", [])) > 1 and not item.get("repeats"):
            errors.append(f"{p}: several initial values on a non-repeating item (que-13)")
        for i, opt in enumerate(item.get("answerOption", [])):
            check_extensions(opt, f"{p}.answerOption[{i}]", "answerOption", errors)
            if value_key(opt, "value") is None:
                errors.append(f"{p}.answerOption[{i}]: no value")
        codes = [
            (o["valueCoding"].get("system"), o["valueCoding"].get("code"))
            for o in item.get("answerOption", []) if "valueCoding" in o
        ]
        if len(codes) != len(set(codes)):
            errors.append(f"{p}: an answerOption coding appears twice")
        ew = item.get("enableWhen", [])
        if len(ew) > 1 and item.get("enableBehavior") is None:
            errors.append(f"{p}: several enableWhen without enableBehavior (que-12)")
        if "enableBehavior" in item and item["enableBehavior"] not in BEHAVIORS:
            errors.append(f"{p}: enableBehavior not all or any")
        for i, c in enumerate(ew):
            cp = f"{p}.enableWhen[{i}]"
            op = c.get("operator")
            akey = value_key(c, "answer")
            if op not in OPERATORS:
                errors.append(f"{cp}: operator not an R4 operator")
                continue
            if op == "exists" and akey != "answerBoolean":
                errors.append(f"{cp}: exists needs answerBoolean (que-7)")
            target = by_id.get(c.get("question"))
            if target is None:
                errors.append(f"{cp}: question {c.get('question')!r} is not an item")
                continue
            if c.get("question") == link or c.get("question") in parents:
                errors.append(f"{cp}: depends on itself or an ancestor")
            ttype = target.get("type")
            if ttype in ("group", "display"):
                errors.append(f"{cp}: reads a {ttype} item")
            elif op != "exists":
                want = ENABLE_ANSWER_FOR_TYPE.get(ttype)
                if akey != want:
                    errors.append(f"{cp}: {akey} for a {ttype} question (needs {want})")
                elif akey == "answerCoding" and target.get("answerOption"):
                    coding = c[akey]
                    if not any(
                        o.get("valueCoding", {}).get("system") == coding.get("system")
                        and o.get("valueCoding", {}).get("code") == coding.get("code")
                        for o in target["answerOption"]
                    ):
                        errors.append(f"{cp}: answerCoding is not an option of {c['question']}")
                if op in (">", "<", ">=", "<=") and akey in ("answerCoding", "answerBoolean", "answerReference"):
                    errors.append(f"{cp}: ordering operator on an unordered answer")
    return by_id


# ---------------------------------------------------------------- QuestionnaireResponse

def as_years(quantity):
    code = quantity.get("code")
    if quantity.get("system") == UCUM and code in UCUM_YEARS and "value" in quantity:
        return float(quantity["value"]) * UCUM_YEARS[code]
    return None


def compare(op, answer_value, wanted, akey):
    """One answer against an enableWhen answer; None when they cannot be compared."""
    if akey == "answerCoding":
        if op not in ("=", "!="):
            return None
        return (answer_value.get("system"), answer_value.get("code")) == (
            wanted.get("system"), wanted.get("code"))
    if akey == "answerQuantity":
        if (answer_value.get("system"), answer_value.get("code")) == (
                wanted.get("system"), wanted.get("code")):
            a, b = answer_value.get("value"), wanted.get("value")
        else:
            a, b = as_years(answer_value), as_years(wanted)
        if a is None or b is None:
            return None
    else:
        a, b = answer_value, wanted
    try:
        return {"=": a == b, "!=": a == b, ">": a > b, "<": a < b,
                ">=": a >= b, "<=": a <= b}[op]
    except TypeError:
        return None


def clause_holds(c, answers):
    given = answers.get(c["question"], [])
    op = c["operator"]
    if op == "exists":
        return bool(given) == c["answerBoolean"]
    akey = value_key(c, "answer")
    vkey = "value" + akey[len("answer"):]
    values = [a[vkey] for a in given if vkey in a]
    results = [compare(op, v, c[akey], akey) for v in values]
    if op == "!=":
        # True when no answer equals the value (so also when unanswered).
        return not any(r is True for r in results)
    return any(r is True for r in results)


def enabled(item, answers):
    clauses = item.get("enableWhen")
    if not clauses:
        return True
    results = [clause_holds(c, answers) for c in clauses]
    return any(results) if item.get("enableBehavior") == "any" else all(results)


def check_response(r, q, q_by_id, errors):
    if r.get("status") not in RESPONSE_STATUS:
        errors.append("status: not a questionnaire-answers-status code")
    if "language" in r and not LANGUAGE.match(r["language"]):
        errors.append("language: not a BCP-47 language tag")
    if q is None:
        errors.append("questionnaire: no valid Questionnaire in this language to check against")
        return
    canonical = f"{q.get('url')}|{q.get('version')}" if q.get("version") else q.get("url")
    if r.get("questionnaire") != canonical:
        errors.append("questionnaire: does not name Questionnaire.json (url|version)")

    # All answers by linkId, for enableWhen.
    r_items = []
    walk_items(r.get("item"), [], r_items)
    answers = {}
    for _, item in r_items:
        for a in item.get("answer", []):
            answers.setdefault(item.get("linkId"), []).append(a)
        for a in item.get("answer", []):
            nested = []
            walk_items(a.get("item"), [], nested)
            for _, sub in nested:
                for sa in sub.get("answer", []):
                    answers.setdefault(sub.get("linkId"), []).append(sa)

    def check_level(r_list, q_list, path, parent_enabled):
        q_order = [qi.get("linkId") for qi in q_list]
        last = -1
        seen = set()
        for ri in r_list or []:
            link = ri.get("linkId")
            p = f"item {link}"
            if "item" in ri and "answer" in ri:
                errors.append(f"{p}: both item and answer (qrs-1)")
            if link not in q_order:
                where = "/".join(path) or "top level"
                if link in q_by_id:
                    errors.append(f"{p}: not at this nesting in the questionnaire ({where})")
                else:
                    errors.append(f"{p}: no such linkId in the questionnaire")
                continue
            pos = q_order.index(link)
            qi = q_list[pos]
            if pos < last:
                errors.append(f"{p}: out of the questionnaire's order")
            last = pos
            if link in seen and not qi.get("repeats"):
                errors.append(f"{p}: appears twice")
            seen.add(link)
            if "text" in ri and ri["text"] != qi.get("text"):
                errors.append(f"{p}: text differs from the questionnaire's")
            t = qi.get("type")
            on = parent_enabled and enabled(qi, answers)
            given = ri.get("answer", [])
            if t == "group":
                if given:
                    errors.append(f"{p}: a group has answers")
                check_level(ri.get("item"), qi.get("item", []), path + [link], on)
                continue
            if t == "display":
                if given:
                    errors.append(f"{p}: a display item has answers")
                continue
            if given and not on:
                errors.append(f"{p}: answered but disabled by its enableWhen")
            if len(given) > 1 and not qi.get("repeats"):
                errors.append(f"{p}: {len(given)} answers to a non-repeating item (qrs-2)")
            allowed = VALUE_FOR_TYPE.get(t, set())
            options = [
                (o["valueCoding"].get("system"), o["valueCoding"].get("code"),
                 bool(any(e.get("url") == EXT_OPTION_EXCLUSIVE and e.get("valueBoolean")
                          for e in o.get("extension", []))))
                for o in qi.get("answerOption", []) if "valueCoding" in o
            ]
            units = [
                (e["valueCoding"].get("system"), e["valueCoding"].get("code"))
                for e in qi.get("extension", [])
                if e.get("url") == EXT_UNIT_OPTION and "valueCoding" in e
            ]
            for i, a in enumerate(given):
                ap = f"{p}.answer[{i}]"
                vkey = value_key(a, "value")
                if vkey is None:
                    errors.append(f"{ap}: no value")
                    continue
                if vkey not in allowed:
                    errors.append(f"{ap}: {vkey} does not answer a {t} item")
                    continue
                option_values = [o[k] for o in qi.get("answerOption", [])
                                 for k in o if k == vkey]
                if t == "choice" and qi.get("answerOption") and vkey != "valueCoding" \
                        and a[vkey] not in option_values:
                    errors.append(f"{ap}: {vkey} is not one of the item's answerOptions")
                if vkey == "valueCoding" and options:
                    c = a[vkey]
                    match = [o for o in options if o[:2] == (c.get("system"), c.get("code"))]
                    if not match and t == "choice":
                        errors.append(f"{ap}: coding is not one of the item's answerOptions")
                    if match and match[0][2] and len(given) > 1:
                        errors.append(f"{ap}: an exclusive option with other answers")
                    opt = next((o for o in qi.get("answerOption", [])
                                if o.get("valueCoding", {}).get("code") == c.get("code")
                                and o.get("valueCoding", {}).get("system") == c.get("system")), None)
                    if opt and "display" in c and c["display"] != opt["valueCoding"].get("display"):
                        errors.append(f"{ap}: display differs from the answerOption's")
                if vkey == "valueQuantity":
                    u = a[vkey]
                    if units and (u.get("system"), u.get("code")) not in units:
                        errors.append(f"{ap}: unit is not one of the item's unitOptions")
                    if "value" not in u:
                        errors.append(f"{ap}: quantity without a value")
                if a.get("item"):
                    check_level(a["item"], qi.get("item", []), path + [link], on)
            if "item" in ri:
                errors.append(f"{p}: a question's nested items belong under answer.item")
        # Required items that are enabled must be answered (groups: must be present).
        for qi in q_list:
            if qi.get("required") and parent_enabled and enabled(qi, answers):
                if qi.get("linkId") not in seen:
                    errors.append(f"item {qi.get('linkId')}: required and enabled, but missing")

    check_level(r.get("item"), q.get("item", []), [], True)


# ---------------------------------------------------------------- main

def validate(path, model, q=None, q_by_id=None):
    """Errors of one file (empty when valid), and the raw resource."""
    errors = []
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return [f"not JSON: {e}"], None
    if not isinstance(raw, dict) or raw.get("resourceType") != model.__name__:
        return [f"resourceType is not {model.__name__}"], None
    try:
        parsed = model.parse_obj(raw)
    except Exception as e:  # pydantic.ValidationError and friends
        lines = [l.strip() for l in str(e).splitlines()[1:] if l.strip()]
        # Pair "path" lines with their message lines.
        pairs = [f"{lines[i]}: {lines[i + 1]}" for i in range(0, len(lines) - 1, 2)]
        return [f"R4 model: {p}" for p in pairs] or [f"R4 model: {e}"], None
    check_round_trip(raw, json.loads(parsed.json()), model.__name__, errors)
    check_json_rules(raw, model.__name__, errors)
    check_extensions(raw, model.__name__, "resource", errors)
    return errors, raw


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    if fhir.resources.__fhir_version__ != FHIR_VERSION:
        print(f"fhir.resources models FHIR {fhir.resources.__fhir_version__}, not R4 "
              f"{FHIR_VERSION}: check scripts/fhir/requirements.txt", file=sys.stderr)
        return 2
    folder = Path(argv[1])
    q_path = folder / "Questionnaire.json"
    responses = sorted(folder.glob("QuestionnaireResponse-*.json"))
    passed = failed = 0

    def report(path, errors):
        nonlocal passed, failed
        if errors:
            failed += 1
            print(f"FAIL  {path.name}")
            for e in errors[:20]:
                print(f"      - {e}")
            if len(errors) > 20:
                print(f"      - ... and {len(errors) - 20} more")
        else:
            passed += 1
            print(f"PASS  {path.name}")

    # Questionnaire.json, and one Questionnaire-<language>.json per other language; a
    # response is checked against the valid Questionnaire in its language.
    questionnaires = {}
    if not q_path.exists():
        failed += 1
        print(f"FAIL  {q_path.name}: missing")
    for path in [q_path] + sorted(folder.glob("Questionnaire-*.json")):
        if not path.exists():
            continue
        errors, raw = validate(path, Questionnaire)
        if raw is not None:
            by_id = check_questionnaire(raw, errors)
            if not errors:
                questionnaires.setdefault(raw.get("language"), (raw, by_id))
        report(path, errors)
    for path in responses:
        errors, raw = validate(path, QuestionnaireResponse)
        if raw is not None:
            q, q_by_id = questionnaires.get(raw.get("language"), (None, None))
            check_response(raw, q, q_by_id, errors)
        report(path, errors)
    if not responses:
        failed += 1
        print("FAIL  no QuestionnaireResponse-*.json found")
    print(f"fhir: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
