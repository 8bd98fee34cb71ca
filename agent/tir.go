package agent

import "strings"

const (
	codeFence   = "```python"
	outputFence = "```output"
)

// trailingCode returns the code of a ```python block that closes the text
// (only whitespace after its closing fence): the block the model wants run.
func trailingCode(text string) (string, bool) {
	i := strings.LastIndex(text, codeFence)
	if i < 0 {
		return "", false
	}
	body := text[i+len(codeFence):]
	nl := strings.IndexByte(body, '\n')
	if nl < 0 {
		return "", false
	}
	body = body[nl+1:]
	end := strings.LastIndex(body, "```")
	if end < 0 || strings.TrimSpace(body[end+3:]) != "" {
		return "", false
	}
	code := body[:end]
	if strings.TrimSpace(code) == "" {
		return "", false
	}
	return code, true
}

// endsWithOutput says whether text ends with an ```output block (a TIR
// step waiting for the model to go on).
func endsWithOutput(text string) bool {
	t := strings.TrimRight(text, " \n")
	i := strings.LastIndex(t, outputFence)
	return i >= 0 && i > strings.LastIndex(t, codeFence) && strings.HasSuffix(t, "```") && len(t) > i+len(outputFence)
}
