package python

import (
	"fmt"
	"strconv"
	"strings"
)

func isFString(lit string) bool {
	q := strings.IndexAny(lit, `"'`)
	return q > 0 && strings.ContainsAny(lit[:q], "fF")
}

// rewriteFString turns an f-string literal into a Starlark expression:
// ("literal" + __fmt((expr), "spec", "conv") + ...).
func rewriteFString(lit string, line int) (string, error) {
	q := strings.IndexAny(lit, `"'`)
	prefix := strings.NewReplacer("f", "", "F", "").Replace(lit[:q])
	quote := lit[q : q+1]
	if strings.HasPrefix(lit[q:], strings.Repeat(quote, 3)) && len(lit)-q >= 6 {
		quote = strings.Repeat(quote, 3)
	}
	body := lit[q+len(quote) : len(lit)-len(quote)]
	bad := func(msg string) (string, error) {
		return "", fmt.Errorf("line %d: f-string: %s", line, msg)
	}
	var parts []string
	var text strings.Builder
	flush := func() {
		if text.Len() == 0 {
			return
		}
		s := text.String()
		// "\{" keeps its backslash in Python; do not let it escape our quote.
		if n := len(s) - len(strings.TrimRight(s, `\`)); n%2 == 1 {
			s += `\`
		}
		parts = append(parts, prefix+quote+s+quote)
		text.Reset()
	}
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case c == '{' && i+1 < len(body) && body[i+1] == '{':
			text.WriteByte('{')
			i++
		case c == '}' && i+1 < len(body) && body[i+1] == '}':
			text.WriteByte('}')
			i++
		case c == '}':
			return bad("single '}' is not allowed")
		case c == '\\' && i+1 < len(body):
			text.WriteString(body[i : i+2])
			i++
		case c == '{':
			end, exprEnd, conv, specStart, err := fieldEnd(body, i+1)
			if err != nil {
				return bad(err.Error())
			}
			expr := strings.TrimSpace(body[i+1 : exprEnd])
			if expr == "" {
				return bad("empty expression not allowed")
			}
			spec := ""
			if specStart >= 0 {
				spec = body[specStart:end]
			}
			if strings.HasSuffix(expr, "=") && !strings.HasSuffix(expr, "==") && !strings.HasSuffix(expr, "!=") &&
				!strings.HasSuffix(expr, "<=") && !strings.HasSuffix(expr, ">=") {
				text.WriteString(body[i+1 : exprEnd]) // self-documenting {x=}
				expr = strings.TrimSpace(strings.TrimSuffix(expr, "="))
				if conv == "" && spec == "" {
					conv = "r"
				}
			}
			flush()
			specExpr := strconv.Quote(spec)
			if strings.Contains(spec, "{") {
				if specExpr, err = rewriteFString("f"+quote+spec+quote, line); err != nil {
					return "", err
				}
			}
			parts = append(parts, fmt.Sprintf("__fmt((%s), %s, %q)", expr, specExpr, conv))
			i = end
		default:
			text.WriteByte(c)
		}
	}
	flush()
	if len(parts) == 0 {
		return prefix + quote + quote, nil
	}
	if len(parts) == 1 && !strings.HasPrefix(parts[0], "__fmt") {
		return parts[0], nil
	}
	return "(" + strings.Join(parts, " + ") + ")", nil
}

// fieldEnd scans a replacement field whose expression starts at body[i]. It
// returns the index of the closing '}', the end of the expression, the
// conversion (r, s, a or ""), and where the format spec starts (-1: none).
func fieldEnd(body string, i int) (end, exprEnd int, conv string, specStart int, err error) {
	depth := 0
	exprEnd, specStart = -1, -1
	for j := i; j < len(body); j++ {
		c := body[j]
		if exprEnd < 0 {
			switch c {
			case '(', '[', '{':
				depth++
			case ')', ']':
				depth--
			case '}':
				if depth == 0 {
					return j, j, "", -1, nil
				}
				depth--
			case '\'', '"':
				k := strings.IndexByte(body[j+1:], c)
				if k < 0 {
					return 0, 0, "", 0, fmt.Errorf("unterminated string in expression")
				}
				j += k + 1
			case '!':
				if depth == 0 && j+1 < len(body) && body[j+1] != '=' {
					exprEnd = j
					if j+2 >= len(body) {
						return 0, 0, "", 0, fmt.Errorf("unterminated field")
					}
					conv = body[j+1 : j+2]
					if conv != "r" && conv != "s" && conv != "a" {
						return 0, 0, "", 0, fmt.Errorf("invalid conversion !%s", conv)
					}
					j++
					if j+1 < len(body) && body[j+1] == ':' {
						specStart = j + 2
						j++
					}
				}
			case ':':
				if depth == 0 {
					exprEnd, specStart = j, j+1
				}
			}
			continue
		}
		// In the spec (or after the conversion): nested fields nest braces.
		switch c {
		case '{':
			depth++
		case '}':
			if depth == 0 {
				return j, exprEnd, conv, specStart, nil
			}
			depth--
		}
	}
	return 0, 0, "", 0, fmt.Errorf("expecting '}'")
}
