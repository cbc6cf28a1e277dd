//go:build tools

package contracts

// Keeps cmd/abigen's dependencies in go.mod and go.sum (go mod tidy sees
// every build tag), so `go generate` can `go run` it at the module's version.
import _ "github.com/ethereum/go-ethereum/cmd/abigen"
