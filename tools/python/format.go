package python

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"go.starlark.net/starlark"
)

// fmtSpec is a parsed Python format specification:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type].
type fmtSpec struct {
	fill      rune
	align     byte // '<', '>', '^', '=' or 0
	sign      byte // '+', '-', ' ' or 0
	alt       bool
	zero      bool
	width     int
	grouping  byte // ',' or '_' or 0
	precision int  // -1: none
	typ       byte // 0 when absent
}

func parseSpec(s string) (fmtSpec, error) {
	sp := fmtSpec{fill: ' ', precision: -1}
	r := []rune(s)
	i := 0
	isAlign := func(c rune) bool { return c == '<' || c == '>' || c == '^' || c == '=' }
	if len(r) >= 2 && isAlign(r[1]) {
		sp.fill, sp.align, i = r[0], byte(r[1]), 2
	} else if len(r) >= 1 && isAlign(r[0]) {
		sp.align, i = byte(r[0]), 1
	}
	if i < len(r) && (r[i] == '+' || r[i] == '-' || r[i] == ' ') {
		sp.sign = byte(r[i])
		i++
	}
	if i < len(r) && r[i] == 'z' {
		i++
	}
	if i < len(r) && r[i] == '#' {
		sp.alt = true
		i++
	}
	if i < len(r) && r[i] == '0' {
		sp.zero = true
		i++
	}
	start := i
	for i < len(r) && r[i] >= '0' && r[i] <= '9' {
		i++
	}
	if i > start {
		sp.width, _ = strconv.Atoi(string(r[start:i]))
	}
	if i < len(r) && (r[i] == ',' || r[i] == '_') {
		sp.grouping = byte(r[i])
		i++
	}
	if i < len(r) && r[i] == '.' {
		i++
		start = i
		for i < len(r) && r[i] >= '0' && r[i] <= '9' {
			i++
		}
		if i == start {
			return sp, fmt.Errorf("format specifier missing precision")
		}
		sp.precision, _ = strconv.Atoi(string(r[start:i]))
	}
	if i < len(r) {
		if !strings.ContainsRune("bcdeEfFgGnosxX%", r[i]) || i != len(r)-1 {
			return sp, fmt.Errorf("invalid format specifier %q", s)
		}
		sp.typ = byte(r[i])
	}
	if sp.width > 10000 || sp.precision > 1000 {
		return sp, fmt.Errorf("format specifier %q too large", s)
	}
	return sp, nil
}

// formatValue formats v as Python's format(v, spec) does, for the types the
// sandbox has: ints (of any size), floats, strings, bools and, through str(),
// everything else.
func formatValue(v starlark.Value, spec string) (string, error) {
	sp, err := parseSpec(spec)
	if err != nil {
		return "", err
	}
	var body, sign string
	numeric := false
	switch x := v.(type) {
	case starlark.Bool:
		if sp.typ == 0 || sp.typ == 's' {
			body = x.String()
			break
		}
		v = starlark.MakeInt(map[bool]int{false: 0, true: 1}[bool(x)])
		return formatValue(v, spec)
	case starlark.Int:
		numeric = true
		switch sp.typ {
		case 'e', 'E', 'f', 'F', 'g', 'G', '%':
			return formatValue(x.Float(), spec)
		}
		n := x.BigInt()
		if n.Sign() < 0 {
			sign = "-"
			n = new(big.Int).Neg(n)
		}
		switch sp.typ {
		case 0, 'd', 'n':
			body = groupDigits(n.String(), sp.grouping, 3)
		case 'b', 'o', 'x', 'X':
			base := map[byte]int{'b': 2, 'o': 8, 'x': 16, 'X': 16}[sp.typ]
			body = groupDigits(n.Text(base), sp.grouping, 4)
			if sp.typ == 'X' {
				body = strings.ToUpper(body)
			}
			if sp.alt {
				body = "0" + string(sp.typ) + body
			}
		case 'c':
			body = string(rune(n.Int64()))
		default:
			return "", fmt.Errorf("unknown format code '%c' for object of type 'int'", sp.typ)
		}
	case starlark.Float:
		numeric = true
		f := float64(x)
		if math.Signbit(f) && !math.IsNaN(f) {
			sign = "-"
			f = -f
		}
		prec := sp.precision
		switch sp.typ {
		case 0:
			if prec < 0 {
				body = strings.TrimPrefix(x.String(), "-")
			} else {
				body = strconv.FormatFloat(f, 'g', max(prec, 1), 64)
			}
		case 'f', 'F', '%':
			if sp.typ == '%' {
				f *= 100
			}
			if prec < 0 {
				prec = 6
			}
			body = strconv.FormatFloat(f, 'f', prec, 64)
			if sp.typ == '%' {
				body += "%"
			}
		case 'e', 'E':
			if prec < 0 {
				prec = 6
			}
			body = strconv.FormatFloat(f, 'e', prec, 64)
		case 'g', 'G', 'n':
			if prec < 0 {
				prec = 6
			}
			body = strconv.FormatFloat(f, 'g', max(prec, 1), 64)
		default:
			return "", fmt.Errorf("unknown format code '%c' for object of type 'float'", sp.typ)
		}
		if sp.typ == 'E' || sp.typ == 'G' || sp.typ == 'F' {
			body = strings.ToUpper(body)
		}
		if sp.grouping != 0 {
			intPart, frac, _ := strings.Cut(body, ".")
			if !strings.ContainsAny(intPart, "eE") {
				body = groupDigits(intPart, sp.grouping, 3)
				if frac != "" || strings.Contains(strings.TrimPrefix(body, intPart), ".") {
					body += "." + frac
				}
			}
		}
	default:
		s, ok := starlark.AsString(v)
		if !ok {
			s = v.String()
		}
		if sp.typ != 0 && sp.typ != 's' {
			return "", fmt.Errorf("unknown format code '%c' for object of type '%s'", sp.typ, v.Type())
		}
		if sp.precision >= 0 && sp.precision < len([]rune(s)) {
			s = string([]rune(s)[:sp.precision])
		}
		body = s
	}
	if numeric && sign == "" && (sp.sign == '+' || sp.sign == ' ') {
		sign = string(sp.sign)
	}
	align := sp.align
	if align == 0 {
		align = '<'
		if numeric {
			align = '>'
		}
		if numeric && sp.zero {
			align, sp.fill = '=', '0'
		}
	}
	pad := sp.width - len([]rune(sign+body))
	if pad <= 0 {
		return sign + body, nil
	}
	fill := strings.Repeat(string(sp.fill), pad)
	switch align {
	case '<':
		return sign + body + fill, nil
	case '^':
		l := pad / 2
		return strings.Repeat(string(sp.fill), l) + sign + body + strings.Repeat(string(sp.fill), pad-l), nil
	case '=':
		return sign + fill + body, nil
	}
	return fill + sign + body, nil
}

// groupDigits inserts sep every n digits from the right (sep 0: none).
func groupDigits(digits string, sep byte, n int) string {
	if sep == 0 || len(digits) <= n {
		return digits
	}
	var b strings.Builder
	first := len(digits) % n
	if first > 0 {
		b.WriteString(digits[:first])
	}
	for i := first; i < len(digits); i += n {
		if b.Len() > 0 {
			b.WriteByte(sep)
		}
		b.WriteString(digits[i : i+n])
	}
	return b.String()
}
