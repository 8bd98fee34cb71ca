package grammar

import (
	"fmt"
	"regexp/syntax"
)

// Format automata accept a subset of each format's valid values (never a
// value a validator would reject): e.g. leap seconds and IPv6 zone ids are
// left out; the calendar (days per month, leap years) is exact.
const (
	reDate     = `(?:\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|(?:\d\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)`
	reTime     = `(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)`
	reDuration = `P(?:(?:\d+Y(?:\d+M(?:\d+D)?)?|\d+M(?:\d+D)?|\d+D)(?:T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S))?|T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S)|\d+W)`
	reLabel    = `[A-Za-z0-9](?:-?[A-Za-z0-9]){0,30}`
	reHostname = reLabel + `(?:\.` + reLabel + `){0,4}`
	reAtom     = `[A-Za-z0-9_+-]`
	// a local part of at most 64 characters (validators hold it to that):
	// one long atom and a short one, or up to four short ones
	reEmail = `(?:` + reAtom + `{1,32}(?:\.` + reAtom + `{1,15})?|` + reAtom + `{1,15}(?:\.` + reAtom + `{1,15}){2,3})@` + reLabel + `(?:\.` + reLabel + `){1,4}`
	reOctet = `(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`
	reIPv4  = reOctet + `(?:\.` + reOctet + `){3}`
	h16     = `[0-9a-fA-F]{1,4}`
	reIPv6  = `(?:(?:` + h16 + `:){7}` + h16 +
		`|(?:` + h16 + `:){1,7}:` +
		`|(?:` + h16 + `:){1,6}:` + h16 +
		`|(?:` + h16 + `:){1,5}(?::` + h16 + `){1,2}` +
		`|(?:` + h16 + `:){1,4}(?::` + h16 + `){1,3}` +
		`|(?:` + h16 + `:){1,3}(?::` + h16 + `){1,4}` +
		`|(?:` + h16 + `:){1,2}(?::` + h16 + `){1,5}` +
		`|` + h16 + `:(?::` + h16 + `){1,6}` +
		`|:(?:(?::` + h16 + `){1,7}|:))`
	reUUID  = `[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}`
	rePChar = `(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})`
	reURI   = `[A-Za-z][A-Za-z0-9+.-]{0,31}://(?:` + reHostname + `)?(?::\d{1,5})?(?:/` + rePChar + `*)*(?:\?(?:` + rePChar + `|[/?])*)?(?:#(?:` + rePChar + `|[/?])*)?`
)

// reURIOpaque: scheme ":" path-rootless (urn:..., mailto:..., did:...).
var reURIOpaque = `[A-Za-z][A-Za-z0-9+.-]{0,31}:` + rePChar + `(?:` + rePChar + `|/)*(?:\?(?:` + rePChar + `|[/?])*)?(?:#(?:` + rePChar + `|[/?])*)?`

var formatRegex = map[string]string{
	"date":      reDate,
	"time":      reTime,
	"date-time": reDate + `T` + reTime,
	"duration":  reDuration,
	"email":     reEmail,
	"hostname":  reHostname,
	"ipv4":      reIPv4,
	"ipv6":      reIPv6,
	"uuid":      reUUID,
	"uri":       `(?:` + reURI + `|` + reURIOpaque + `)`,
}

// formatDFA returns the content automaton of a format, built once per
// cache (its own budget: the automata are fixed and bounded).
func (a *autoCaches) formatDFA(name string) (*dfa, error) {
	re, ok := formatRegex[name]
	if !ok {
		return nil, fmt.Errorf("unknown format %q", name)
	}
	return a.format.get(name, nil, func() (*dfa, error) {
		p, err := syntax.Parse(re, syntax.Perl)
		if err != nil {
			return nil, err
		}
		d, err := regexToDFA(p, false, false, newBudget(Limits{AutomatonStates: 50000}.withDefaults()))
		if err != nil {
			return nil, fmt.Errorf("format %q: %v", name, err)
		}
		return d, nil
	})
}
