"""The outing judgement: findings plus context become one decision per edit."""
