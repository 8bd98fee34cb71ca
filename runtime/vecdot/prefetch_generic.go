//go:build purego || !(amd64 || arm64)

package vecdot

// prefetchRows does nothing in plain Go: there is no prefetch instruction
// to issue.
func prefetchRows(p *byte, rows, stride, n int) {}
