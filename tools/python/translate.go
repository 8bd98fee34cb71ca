package python

import (
	"fmt"
	"sort"
	"strings"
)

// edit replaces src[start:end] by text.
type edit struct {
	start, end int
	text       string
}

func applyEdits(src string, edits []edit) string {
	sort.Slice(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
	var b strings.Builder
	last := 0
	for _, e := range edits {
		b.WriteString(src[last:e.start])
		b.WriteString(e.text)
		last = e.end
	}
	b.WriteString(src[last:])
	return b.String()
}

// translate rewrites the Python that models commonly write, and that
// Starlark would reject, into Starlark, keeping every statement on its line
// so error positions still point at the model's code:
//   - import math / import math as m / from math import sqrt, pi as p /
//     from math import * become assignments from the predeclared modules;
//     importing any other module is an error naming the available ones;
//   - f-strings become concatenations of their literal parts and
//     __fmt(value, spec, conversion) calls (Python's format mini-language);
//   - a ** b becomes pow(a, b), right-associative, binding tighter than a
//     unary minus on its left as in Python; x **= y becomes x = pow(x, y).
func translate(src string, modules map[string][]string) (string, error) {
	toks, err := scan(src)
	if err != nil {
		return "", err
	}
	var edits []edit
	lineStart := true
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if lineStart && t.kind == tName && (t.text == "import" || t.text == "from") {
			end := i
			for end < len(toks) && toks[end].kind != tNewline && toks[end].kind != tComment && !(toks[end].kind == tOp && toks[end].text == ";") {
				end++
			}
			repl, err := rewriteImport(src, toks[i:end], modules)
			if err != nil {
				return "", err
			}
			edits = append(edits, edit{t.start, toks[end-1].end, repl})
			i = end - 1
			lineStart = false
			continue
		}
		if lineStart && t.kind == tName {
			if repl, end, ok := rewriteListMethod(src, toks, i); ok {
				edits = append(edits, edit{t.start, toks[end].end, repl})
				i = end
				lineStart = false
				continue
			}
		}
		lineStart = t.kind == tNewline || t.kind == tOp && t.text == ";"
		if t.kind == tName && t.text == "is" {
			if i+1 < len(toks) && toks[i+1].kind == tName && toks[i+1].text == "not" {
				edits = append(edits, edit{t.start, toks[i+1].end, "!="})
				i++
			} else {
				edits = append(edits, edit{t.start, t.end, "=="})
			}
			continue
		}
		if t.kind == tString && isFString(t.text) {
			repl, err := rewriteFString(t.text, lineOf(src, t.start))
			if err != nil {
				return "", err
			}
			edits = append(edits, edit{t.start, t.end, repl})
		}
	}
	out := applyEdits(src, edits)
	// The power operator, one rewrite per pass, rightmost first; then the
	// string formatting operators, whose right operands may hold a power.
	for _, rewrite := range []func(string, []token) (string, bool, error){rewritePower, rewriteStringFormat} {
		for pass := 0; ; pass++ {
			if pass > 10000 {
				return "", fmt.Errorf("program too long to translate")
			}
			toks, err := scan(out)
			if err != nil {
				return "", err
			}
			next, changed, err := rewrite(out, toks)
			if err != nil {
				return "", err
			}
			if len(next) > 4*len(src)+4096 {
				return "", fmt.Errorf("program too complex to translate")
			}
			if !changed {
				break
			}
			out = next
		}
	}
	return out, nil
}

// rewriteStringFormat rewrites the first "literal".format(...) into
// __strformat("literal", ...) and the first "literal" % operand into
// __percent("literal", operand), so format specs work as in Python.
func rewriteStringFormat(src string, toks []token) (string, bool, error) {
	for i := 0; i < len(toks); i++ {
		if toks[i].kind != tString || isFString(toks[i].text) || strings.ContainsAny(toks[i].text[:strings.IndexAny(toks[i].text, `"'`)], "bB") {
			continue
		}
		j := i
		for j+1 < len(toks) && toks[j+1].kind == tString {
			j++
		}
		lit := src[toks[i].start:toks[j].end]
		switch {
		case j+3 < len(toks) && toks[j+1].text == "." && toks[j+2].text == "format" && toks[j+3].text == "(":
			repl := "__strformat(" + lit + ", "
			if j+4 < len(toks) && toks[j+4].text == ")" {
				repl = "__strformat(" + lit
			}
			return src[:toks[i].start] + repl + src[toks[j+3].end:], true, nil
		case j+1 < len(toks) && toks[j+1].kind == tOp && toks[j+1].text == "%":
			e, err := operandEnd(toks, j+2)
			if err != nil {
				return "", false, fmt.Errorf("line %d: %v", lineOf(src, toks[j+1].start), err)
			}
			return src[:toks[i].start] + "__percent(" + lit + ", " + src[toks[j+2].start:toks[e].end] + ")" + src[toks[e].end:], true, nil
		}
		i = j
	}
	return src, false, nil
}

func lineOf(src string, off int) int { return 1 + strings.Count(src[:off], "\n") }

// rewriteImport turns one import statement into assignments.
func rewriteImport(src string, toks []token, modules map[string][]string) (string, error) {
	line := lineOf(src, toks[0].start)
	text := src[toks[0].start:toks[len(toks)-1].end]
	bad := func(format string, args ...any) (string, error) {
		return "", fmt.Errorf("line %d: %s: %s", line, text, fmt.Sprintf(format, args...))
	}
	available := func(mod string) error {
		if _, ok := modules[mod]; ok {
			return nil
		}
		names := make([]string, 0, len(modules))
		for m := range modules {
			names = append(names, m)
		}
		sort.Strings(names)
		return fmt.Errorf("line %d: module %q is not available in this sandbox (Starlark, a Python dialect, without files, network or clock); available modules: %s", line, mod, strings.Join(names, ", "))
	}
	var parts []string
	if toks[0].text == "import" {
		// import a [as b], c [as d]
		for i := 1; i < len(toks); {
			if toks[i].kind != tName {
				return bad("expected a module name")
			}
			mod := toks[i].text
			if err := available(mod); err != nil {
				return "", err
			}
			alias := mod
			i++
			if i+1 < len(toks) && toks[i].text == "as" {
				alias = toks[i+1].text
				i += 2
			}
			if alias != mod {
				parts = append(parts, alias+" = "+mod)
			}
			if i < len(toks) {
				if toks[i].text != "," {
					return bad("expected ','")
				}
				i++
			}
		}
	} else {
		// from a import x [as y], ... | * | (x, y)
		if len(toks) < 4 || toks[1].kind != tName || toks[2].text != "import" {
			return bad("expected: from MODULE import NAMES")
		}
		mod := toks[1].text
		if err := available(mod); err != nil {
			return "", err
		}
		rest := toks[3:]
		if len(rest) > 0 && rest[0].text == "(" {
			rest = rest[1:]
			if len(rest) > 0 && rest[len(rest)-1].text == ")" {
				rest = rest[:len(rest)-1]
			}
		}
		if len(rest) == 1 && rest[0].text == "*" {
			for _, name := range modules[mod] {
				parts = append(parts, name+" = "+mod+"."+name)
			}
		} else {
			for i := 0; i < len(rest); {
				if rest[i].kind != tName {
					return bad("expected a name to import")
				}
				name, alias := rest[i].text, rest[i].text
				i++
				if i+1 < len(rest) && rest[i].text == "as" {
					alias = rest[i+1].text
					i += 2
				}
				parts = append(parts, alias+" = "+mod+"."+name)
				if i < len(rest) {
					if rest[i].text != "," {
						return bad("expected ','")
					}
					i++
				}
			}
		}
	}
	if len(parts) == 0 {
		return "pass", nil
	}
	return strings.Join(parts, "; "), nil
}

// rewriteListMethod rewrites a statement NAME.sort(...) or NAME.reverse()
// (Starlark lists have neither method) into a rebinding:
// NAME = sorted(NAME, ...) or NAME = NAME[::-1]. Another name bound to the
// same list does not see the change, unlike in Python.
func rewriteListMethod(src string, toks []token, i int) (string, int, bool) {
	if i+4 >= len(toks) || toks[i+1].text != "." || toks[i+3].text != "(" {
		return "", 0, false
	}
	method := toks[i+2].text
	if method != "sort" && method != "reverse" {
		return "", 0, false
	}
	close := matching(toks, i+3)
	if close < 0 || close+1 < len(toks) && toks[close+1].kind != tNewline && toks[close+1].kind != tComment && toks[close+1].text != ";" {
		return "", 0, false // not a whole statement
	}
	name := toks[i].text
	if method == "reverse" {
		if close != i+4 {
			return "", 0, false
		}
		return name + " = " + name + "[::-1]", close, true
	}
	if close == i+4 {
		return name + " = sorted(" + name + ")", close, true
	}
	return name + " = sorted(" + name + ", " + src[toks[i+4].start:toks[close-1].end] + ")", close, true
}

// matching returns the index of the bracket matching toks[i] (searching
// forward from an opener or backward from a closer), or -1.
func matching(toks []token, i int) int {
	pairs := map[string]string{"(": ")", "[": "]", "{": "}", ")": "(", "]": "[", "}": "{"}
	open := toks[i].text
	close := pairs[open]
	step := 1
	if open == ")" || open == "]" || open == "}" {
		step = -1
	}
	depth := 0
	for j := i; j >= 0 && j < len(toks); j += step {
		if toks[j].kind != tOp {
			continue
		}
		switch toks[j].text {
		case open:
			depth++
		case close:
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

// rewritePower rewrites the rightmost binary ** (or the first **=) of src.
func rewritePower(src string, toks []token) (string, bool, error) {
	for i := len(toks) - 1; i >= 0; i-- {
		t := toks[i]
		if t.kind != tOp {
			continue
		}
		if t.text == "**=" {
			// TARGET **= EXPR  →  TARGET = pow(TARGET, EXPR)
			s := i
			for s > 0 && toks[s-1].kind != tNewline && !(toks[s-1].kind == tOp && toks[s-1].text == ";") {
				s--
			}
			e := i + 1
			for e < len(toks) && toks[e].kind != tNewline && toks[e].kind != tComment && !(toks[e].kind == tOp && toks[e].text == ";") {
				e++
			}
			if s == i || e == i+1 {
				return "", false, fmt.Errorf("line %d: **= needs a target and a value", lineOf(src, t.start))
			}
			for _, x := range toks[s:e] {
				if x.kind == tOp && x.text != "**=" && strings.HasSuffix(x.text, "=") && x.text != "==" && x.text != "!=" && x.text != "<=" && x.text != ">=" || x.text == "**=" && x.start != t.start {
					return "", false, fmt.Errorf("line %d: invalid syntax around **=", lineOf(src, t.start))
				}
			}
			target := src[toks[s].start:toks[i-1].end]
			value := src[toks[i+1].start:toks[e-1].end]
			out := src[:toks[s].start] + target + " = pow(" + target + ", " + value + ")" + src[toks[e-1].end:]
			return out, true, nil
		}
		if t.text != "**" || i == 0 || !endsOperand(toks[i-1]) {
			continue // not there, or **kwargs
		}
		ls, err := operandStart(toks, i-1)
		if err != nil {
			return "", false, fmt.Errorf("line %d: %v", lineOf(src, t.start), err)
		}
		re, err := operandEnd(toks, i+1)
		if err != nil {
			return "", false, fmt.Errorf("line %d: %v", lineOf(src, t.start), err)
		}
		left := src[toks[ls].start:toks[i-1].end]
		right := src[toks[i+1].start:toks[re].end]
		out := src[:toks[ls].start] + "pow(" + left + ", " + right + ")" + src[toks[re].end:]
		return out, true, nil
	}
	return src, false, nil
}

// operandStart returns the first token of the primary (atom and trailers)
// that ends at toks[p].
func operandStart(toks []token, p int) (int, error) {
	for {
		t := toks[p]
		var start int
		switch {
		case t.kind == tOp && (t.text == ")" || t.text == "]" || t.text == "}"):
			start = matching(toks, p)
			if start < 0 {
				return 0, fmt.Errorf("unbalanced %q", t.text)
			}
		case t.kind == tName || t.kind == tNumber || t.kind == tString:
			start = p
			for start > 0 && t.kind == tString && toks[start-1].kind == tString { // "a" "b"
				start--
			}
		default:
			return 0, fmt.Errorf("cannot find the left operand of **")
		}
		if start > 0 {
			prev := toks[start-1]
			opener := toks[start].kind == tOp
			if opener && toks[start].text != "{" && endsOperand(prev) {
				p = start - 1 // a call or subscript trailer
				continue
			}
			if prev.kind == tOp && prev.text == "." && start > 1 && endsOperand(toks[start-2]) {
				p = start - 2 // an attribute
				continue
			}
		}
		return start, nil
	}
}

// operandEnd returns the last token of the power operator's right operand
// starting at toks[p]: unary signs, an atom and its trailers.
func operandEnd(toks []token, p int) (int, error) {
	for p < len(toks) && toks[p].kind == tOp && (toks[p].text == "-" || toks[p].text == "+" || toks[p].text == "~") {
		p++
	}
	if p >= len(toks) {
		return 0, fmt.Errorf("** has no right operand")
	}
	end := p
	switch t := toks[p]; {
	case t.kind == tOp && (t.text == "(" || t.text == "[" || t.text == "{"):
		end = matching(toks, p)
		if end < 0 {
			return 0, fmt.Errorf("unbalanced %q", t.text)
		}
	case t.kind == tName && t.text == "await":
		return operandEnd(toks, p+1)
	case t.kind == tName || t.kind == tNumber:
	case t.kind == tString:
		for end+1 < len(toks) && toks[end+1].kind == tString {
			end++
		}
	default:
		return 0, fmt.Errorf("** has no right operand")
	}
	for end+1 < len(toks) {
		n := toks[end+1]
		switch {
		case n.kind == tOp && (n.text == "(" || n.text == "["):
			m := matching(toks, end+1)
			if m < 0 {
				return 0, fmt.Errorf("unbalanced %q", n.text)
			}
			end = m
		case n.kind == tOp && n.text == "." && end+2 < len(toks) && toks[end+2].kind == tName:
			end += 2
		default:
			return end, nil
		}
	}
	return end, nil
}
