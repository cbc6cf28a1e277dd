package market

import (
	"testing"

	"github.com/zkpool/aoraki/protocol/internal/protogen"
)

// TestGeneratedCodeMatchesProto: market.pb.go is what market.proto
// generates with the pinned protoc and protoc-gen-go.
func TestGeneratedCodeMatchesProto(t *testing.T) { protogen.CheckDrift(t, "market.proto") }
