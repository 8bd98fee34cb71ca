//go:build !purego && (amd64 || arm64)

package vecdot

// prefetchRows issues one prefetch per 64-byte line of rows runs of n
// bytes, stride apart from p (prefetch_amd64.s, prefetch_arm64.s).
//
//go:noescape
func prefetchRows(p *byte, rows, stride, n int)
