// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

// Small contracts used only by the Go tests of Aoraki's hooks: requester verifier contracts,
// requester callbacks and a payee that refuses ether; and a harness of the Poseidon2 library. None is
// deployed outside tests.

import {Aoraki, IReceiptVerifier, IAorakiCallback} from "./Aoraki.sol";
import {Poseidon2} from "./Poseidon2.sol";

/// @notice Accepts a proof when it equals the bytes it was configured with.
contract ExactProofVerifier is IReceiptVerifier {
    bytes32 public immutable expected;
    uint256 public calls;

    constructor(bytes32 expected_) {
        expected = expected_;
    }

    function verifyReceipt(bytes32, bytes32, bytes calldata proof) external returns (bool) {
        calls += 1;
        return keccak256(proof) == expected;
    }
}

/// @notice Rejects every proof.
contract RejectingVerifier is IReceiptVerifier {
    function verifyReceipt(bytes32, bytes32, bytes calldata) external pure returns (bool) {
        return false;
    }
}

/// @notice Accepts every proof when the transaction's gas price is zero (eth_estimateGas and eth_call without
/// fee fields) and rejects it otherwise: a node that simulates fulfil without the fees it will pay sees success,
/// then every fulfil it sends reverts after being mined.
contract GasPriceTrapVerifier is IReceiptVerifier {
    function verifyReceipt(bytes32, bytes32, bytes calldata) external view returns (bool) {
        return tx.gasprice == 0;
    }
}

/// @notice Accepts proofs while its owner leaves it open; the owner can close it in the same block as a fulfil,
/// ahead of it (a requester front-running the node), so that the fulfil simulated as accepted reverts when mined.
contract SwitchableVerifier is IReceiptVerifier {
    address public immutable owner;
    bool public accepting = true;

    constructor() {
        owner = msg.sender;
    }

    function setAccepting(bool accepting_) external {
        require(msg.sender == owner, "not owner");
        accepting = accepting_;
    }

    function verifyReceipt(bytes32, bytes32, bytes calldata) external view returns (bool) {
        return accepting;
    }
}

/// @notice Tries to re-enter Aoraki from verifyReceipt. It accepts the proof only when Aoraki refused the
/// re-entry with Reentrancy(), so a missing guard shows up as a rejected proof.
contract ReentrantVerifier is IReceiptVerifier {
    Aoraki public immutable aoraki;
    bytes4 public lastError;

    constructor(Aoraki aoraki_) {
        aoraki = aoraki_;
    }

    function verifyReceipt(bytes32 taskId, bytes32, bytes calldata) external returns (bool) {
        try aoraki.refund(taskId) {
            return false;
        } catch (bytes memory reason) {
            lastError = bytes4(reason);
            return bytes4(reason) == Aoraki.Reentrancy.selector;
        }
    }
}

/// @notice Records the last notification.
contract RecordingCallback is IAorakiCallback {
    bytes32 public taskId;
    bytes32 public resultDigest;
    bytes32 public receiptDigest;
    uint256 public calls;

    function onTaskFulfilled(bytes32 taskId_, bytes32 resultDigest_, bytes32 receiptDigest_) external {
        taskId = taskId_;
        resultDigest = resultDigest_;
        receiptDigest = receiptDigest_;
        calls += 1;
    }
}

/// @notice Always reverts.
contract RevertingCallback is IAorakiCallback {
    error No();

    function onTaskFulfilled(bytes32, bytes32, bytes32) external pure {
        revert No();
    }
}

/// @notice Burns all the gas it is given.
contract GasBurningCallback is IAorakiCallback {
    uint256 public sink;

    function onTaskFulfilled(bytes32, bytes32, bytes32) external {
        while (true) {
            sink += 1;
        }
    }
}

/// @notice Tries to re-enter Aoraki (withdraw) from the callback and records how Aoraki answered.
contract ReentrantCallback is IAorakiCallback {
    Aoraki public immutable aoraki;
    bytes4 public lastError;
    uint256 public calls;

    constructor(Aoraki aoraki_) {
        aoraki = aoraki_;
    }

    function onTaskFulfilled(bytes32, bytes32, bytes32) external {
        calls += 1;
        try aoraki.withdraw() {
            lastError = bytes4(0);
        } catch (bytes memory reason) {
            lastError = bytes4(reason);
        }
    }

    receive() external payable {}
}

/// @notice A payee whose receive function reverts, so withdrawing to it fails.
contract RefusingPayee {
    function withdrawFrom(Aoraki aoraki) external {
        aoraki.withdraw();
    }

    receive() external payable {
        revert("refused");
    }
}

/// @notice Exposes the Poseidon2 library, whose parity with the Go prover's Poseidon2 the tests check, and
/// measures its gas (gasleft before and after the library call: no calldata, ABI or call overhead). Each
/// library function has one call site here: the library is inlined into its caller, once per call site.
contract Poseidon2Harness {
    function hash(uint256 tag, uint256[] memory elems) external view returns (uint256 digest, uint256 gasUsed) {
        uint256 before = gasleft();
        digest = Poseidon2.hash(tag, elems);
        gasUsed = before - gasleft();
    }

    function compress(uint256 l, uint256 r) external view returns (uint256 digest, uint256 gasUsed) {
        uint256 before = gasleft();
        digest = Poseidon2.compress(l, r);
        gasUsed = before - gasleft();
    }
}
