# vault tests
