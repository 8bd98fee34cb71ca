package python

import (
	"fmt"
	"strings"
)

// tokKind is the kind of a Python source token, as far as the rewrites need.
type tokKind int

const (
	tName tokKind = iota
	tNumber
	tString
	tOp
	tComment
	tNewline // a newline outside brackets: the end of a logical line
)

// token is one token of Python source: its kind and its byte span.
type token struct {
	kind       tokKind
	start, end int
	text       string
}

// scan splits Python source into tokens. It knows strings (with prefixes,
// triple quotes and escapes), comments, numbers, names, operators and which
// newlines end a logical line. Whitespace is skipped.
func scan(src string) ([]token, error) {
	var toks []token
	depth := 0
	i := 0
	add := func(k tokKind, start, end int) {
		toks = append(toks, token{kind: k, start: start, end: end, text: src[start:end]})
	}
	for i < len(src) {
		c := src[i]
		switch {
		case c == '\n':
			if depth == 0 {
				add(tNewline, i, i+1)
			}
			i++
		case c == ' ' || c == '\t' || c == '\r' || c == '\f':
			i++
		case c == '\\' && i+1 < len(src) && src[i+1] == '\n': // line continuation
			i += 2
		case c == '#':
			j := strings.IndexByte(src[i:], '\n')
			if j < 0 {
				j = len(src) - i
			}
			add(tComment, i, i+j)
			i += j
		case isNameStart(c):
			j := i
			for j < len(src) && isNameChar(src[j]) {
				j++
			}
			if j < len(src) && (src[j] == '"' || src[j] == '\'') && isStringPrefix(src[i:j]) {
				end, err := scanString(src, j)
				if err != nil {
					return nil, err
				}
				add(tString, i, end)
				i = end
				continue
			}
			add(tName, i, j)
			i = j
		case c == '"' || c == '\'':
			end, err := scanString(src, i)
			if err != nil {
				return nil, err
			}
			add(tString, i, end)
			i = end
		case c >= '0' && c <= '9' || c == '.' && i+1 < len(src) && src[i+1] >= '0' && src[i+1] <= '9':
			j := i
			for j < len(src) && (isNameChar(src[j]) || src[j] == '.' ||
				(src[j] == '+' || src[j] == '-') && (src[j-1] == 'e' || src[j-1] == 'E') && !strings.HasPrefix(strings.ToLower(src[i:j]), "0x")) {
				j++
			}
			add(tNumber, i, j)
			i = j
		default:
			n := 1
			for _, op := range threeCharOps {
				if strings.HasPrefix(src[i:], op) {
					n = 3
					break
				}
			}
			if n == 1 {
				for _, op := range twoCharOps {
					if strings.HasPrefix(src[i:], op) {
						n = 2
						break
					}
				}
			}
			switch c {
			case '(', '[', '{':
				depth++
			case ')', ']', '}':
				if depth > 0 {
					depth--
				}
			}
			add(tOp, i, i+n)
			i += n
		}
	}
	return toks, nil
}

var (
	threeCharOps = []string{"**=", "//=", ">>=", "<<=", "..."}
	twoCharOps   = []string{"**", "//", "==", "!=", "<=", ">=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", ">>", "<<", ":="}
)

func isNameStart(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

func isNameChar(c byte) bool { return isNameStart(c) || c >= '0' && c <= '9' }

func isStringPrefix(p string) bool {
	switch strings.ToLower(p) {
	case "r", "b", "f", "u", "rb", "br", "rf", "fr":
		return true
	}
	return false
}

// scanString returns the end of the string literal whose opening quote is at
// src[q].
func scanString(src string, q int) (int, error) {
	quote := src[q : q+1]
	if strings.HasPrefix(src[q:], strings.Repeat(quote, 3)) {
		quote = strings.Repeat(quote, 3)
	}
	for i := q + len(quote); i < len(src); i++ {
		switch {
		case src[i] == '\\':
			i++
		case strings.HasPrefix(src[i:], quote):
			return i + len(quote), nil
		case src[i] == '\n' && len(quote) == 1:
			return 0, fmt.Errorf("line %d: unterminated string literal", 1+strings.Count(src[:q], "\n"))
		}
	}
	return 0, fmt.Errorf("line %d: unterminated string literal", 1+strings.Count(src[:q], "\n"))
}

// pythonKeywords are names that never end an operand.
var pythonKeywords = map[string]bool{
	"and": true, "or": true, "not": true, "in": true, "is": true, "if": true, "else": true, "elif": true,
	"lambda": true, "return": true, "yield": true, "for": true, "while": true, "def": true, "del": true,
	"assert": true, "await": true, "import": true, "from": true, "as": true, "with": true, "raise": true,
	"pass": true, "break": true, "continue": true, "global": true, "nonlocal": true, "class": true,
}

// endsOperand says whether t can be the last token of an operand (so that a
// following '(' or '[' is a call or subscript and a following '**' is the
// power operator).
func endsOperand(t token) bool {
	switch t.kind {
	case tName:
		return !pythonKeywords[t.text]
	case tNumber, tString:
		return true
	case tOp:
		return t.text == ")" || t.text == "]" || t.text == "}"
	}
	return false
}
