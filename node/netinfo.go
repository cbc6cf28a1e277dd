package node

import (
	"context"
	"encoding/json"

	"github.com/libp2p/go-libp2p/core/peer"
	"google.golang.org/protobuf/types/known/emptypb"
	"google.golang.org/protobuf/types/known/wrapperspb"

	"github.com/zkpool/aoraki/p2p/netproto"
	"github.com/zkpool/aoraki/p2p/stream"
	"github.com/zkpool/aoraki/protocol/wire"
)

// handleNetworkInfo answers netproto.NetworkInfo with the network file the
// node runs with, for a prover joining by the node's address.
func (n *Node) handleNetworkInfo(_ context.Context, _ peer.ID, _ *emptypb.Empty) (*wrapperspb.BytesValue, error) {
	if n.cfg.Network == nil {
		return nil, stream.Errorf(wire.Status_NOT_FOUND, "this node runs without a network file")
	}
	b, err := json.Marshal(n.cfg.Network)
	if err != nil {
		return nil, err
	}
	if len(b) > netproto.MaxNetworkInfo {
		return nil, stream.Errorf(wire.Status_TOO_LARGE, "network file of %d bytes", len(b))
	}
	return wrapperspb.Bytes(b), nil
}
